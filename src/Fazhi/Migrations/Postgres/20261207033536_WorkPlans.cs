using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WorkPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "work_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FirstYear = table.Column<int>(type: "integer", nullable: false),
                    LastYear = table.Column<int>(type: "integer", nullable: false),
                    IssuingBody = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DocumentNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "work_plan_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Area = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Content = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    LeadUnit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CoUnits = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    MilestoneText = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    SupervisedTaskId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_plan_tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_work_plan_tasks_work_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "work_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_work_plan_tasks_PlanId",
                table: "work_plan_tasks",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_work_plan_tasks_RegionCode_Deadline",
                table: "work_plan_tasks",
                columns: new[] { "RegionCode", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_work_plan_tasks_RegionCode_PlanId_Number",
                table: "work_plan_tasks",
                columns: new[] { "RegionCode", "PlanId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_work_plans_RegionCode_FirstYear_Kind",
                table: "work_plans",
                columns: new[] { "RegionCode", "FirstYear", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "work_plan_tasks");

            migrationBuilder.DropTable(
                name: "work_plans");
        }
    }
}
