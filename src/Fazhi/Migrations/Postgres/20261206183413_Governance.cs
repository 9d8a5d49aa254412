using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Governance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "supervision_inspections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    TargetKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Target = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_task_escalations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_task_escalations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_task_reminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Message = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_task_reminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_task_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Content = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Reporter = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MilestoneId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_task_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    AssignedByRegion = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Source = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SourceReference = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    OriginKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    LeadUnit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CoUnits = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    AssignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CompletionReportedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CompletionSummary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    VerifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    VerificationNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastActOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_teams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Leader = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Members = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Scope = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EstablishedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DissolvedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_teams", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_inspection_findings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Problem = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_inspection_findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_supervision_inspection_findings_supervision_inspections_Ins~",
                        column: x => x.InspectionId,
                        principalTable: "supervision_inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_task_milestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_task_milestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_supervision_task_milestones_supervision_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "supervision_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_inspection_findings_InspectionId",
                table: "supervision_inspection_findings",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_inspection_findings_RegionCode_InspectionId_Num~",
                table: "supervision_inspection_findings",
                columns: new[] { "RegionCode", "InspectionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_supervision_inspections_RegionCode_HeldOn",
                table: "supervision_inspections",
                columns: new[] { "RegionCode", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_inspections_RegionCode_TeamId_PlannedOn",
                table: "supervision_inspections",
                columns: new[] { "RegionCode", "TeamId", "PlannedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_task_escalations_RegionCode_On",
                table: "supervision_task_escalations",
                columns: new[] { "RegionCode", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_task_escalations_RegionCode_TaskId",
                table: "supervision_task_escalations",
                columns: new[] { "RegionCode", "TaskId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_supervision_task_milestones_RegionCode_TaskId_Number",
                table: "supervision_task_milestones",
                columns: new[] { "RegionCode", "TaskId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_supervision_task_milestones_TaskId",
                table: "supervision_task_milestones",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_task_reminders_RegionCode_On",
                table: "supervision_task_reminders",
                columns: new[] { "RegionCode", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_task_reminders_RegionCode_TaskId_Kind_Deadline",
                table: "supervision_task_reminders",
                columns: new[] { "RegionCode", "TaskId", "Kind", "Deadline" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_supervision_task_reports_RegionCode_TaskId_ReportedOn",
                table: "supervision_task_reports",
                columns: new[] { "RegionCode", "TaskId", "ReportedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_tasks_RegionCode_AssignedOn",
                table: "supervision_tasks",
                columns: new[] { "RegionCode", "AssignedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_tasks_RegionCode_OriginKey",
                table: "supervision_tasks",
                columns: new[] { "RegionCode", "OriginKey" });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_tasks_RegionCode_Status_Deadline",
                table: "supervision_tasks",
                columns: new[] { "RegionCode", "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_teams_RegionCode_Name",
                table: "supervision_teams",
                columns: new[] { "RegionCode", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "supervision_inspection_findings");

            migrationBuilder.DropTable(
                name: "supervision_task_escalations");

            migrationBuilder.DropTable(
                name: "supervision_task_milestones");

            migrationBuilder.DropTable(
                name: "supervision_task_reminders");

            migrationBuilder.DropTable(
                name: "supervision_task_reports");

            migrationBuilder.DropTable(
                name: "supervision_teams");

            migrationBuilder.DropTable(
                name: "supervision_inspections");

            migrationBuilder.DropTable(
                name: "supervision_tasks");
        }
    }
}
