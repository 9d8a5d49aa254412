using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LawStudy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "study_exams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Candidates = table.Column<int>(type: "INTEGER", nullable: false),
                    Passed = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_study_exams", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "study_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AdoptedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_study_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "study_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Presenter = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Expected = table.Column<int>(type: "INTEGER", nullable: false),
                    Attended = table.Column<int>(type: "INTEGER", nullable: false),
                    Absentees = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Court = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    PlanItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_study_sessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "study_plan_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_study_plan_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_study_plan_items_study_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "study_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "study_regulations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NormalizedTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_study_regulations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_study_regulations_study_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "study_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_study_exams_RegionCode_HeldOn",
                table: "study_exams",
                columns: new[] { "RegionCode", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_study_plan_items_PlanId",
                table: "study_plan_items",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_study_plan_items_RegionCode_PlanId_Number",
                table: "study_plan_items",
                columns: new[] { "RegionCode", "PlanId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_study_plans_RegionCode_Year",
                table: "study_plans",
                columns: new[] { "RegionCode", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_study_regulations_RegionCode_SessionId_Number",
                table: "study_regulations",
                columns: new[] { "RegionCode", "SessionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_study_regulations_SessionId",
                table: "study_regulations",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_study_sessions_RegionCode_HeldOn",
                table: "study_sessions",
                columns: new[] { "RegionCode", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_study_sessions_RegionCode_PlanItemId",
                table: "study_sessions",
                columns: new[] { "RegionCode", "PlanItemId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "study_exams");

            migrationBuilder.DropTable(
                name: "study_plan_items");

            migrationBuilder.DropTable(
                name: "study_regulations");

            migrationBuilder.DropTable(
                name: "study_plans");

            migrationBuilder.DropTable(
                name: "study_sessions");
        }
    }
}
