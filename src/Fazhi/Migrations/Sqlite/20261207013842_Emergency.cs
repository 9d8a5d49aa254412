using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Emergency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "emergency_drills",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Organizer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Participants = table.Column<int>(type: "INTEGER", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_emergency_drills", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "emergency_plan_evaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RevisionNeeded = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_emergency_plan_evaluations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "emergency_plan_revisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_emergency_plan_revisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "emergency_plan_triggers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_emergency_plan_triggers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "emergency_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Class = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OwnerUnit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DraftingOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RiskAssessment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ResourceSurvey = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ConsultedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FiledWith = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TrainedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastDrilledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastEvaluatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastRevisedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RevisionDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LastActOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_emergency_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "emergency_safety_patrols",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Site = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SiteKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PatrolledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Inspectors = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RectifyBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RectifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RectificationNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_emergency_safety_patrols", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "emergency_supply_counts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_emergency_supply_counts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "emergency_supply_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PersonsPerUnit = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    CountedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_emergency_supply_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "emergency_supply_standards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Persons = table.Column<int>(type: "INTEGER", nullable: false),
                    SetOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_emergency_supply_standards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "emergency_teams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Head = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Members = table.Column<int>(type: "INTEGER", nullable: false),
                    Duties = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    EstablishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DissolvedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_emergency_teams", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_emergency_drills_RegionCode_HeldOn",
                table: "emergency_drills",
                columns: new[] { "RegionCode", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_emergency_drills_RegionCode_PlanId_HeldOn",
                table: "emergency_drills",
                columns: new[] { "RegionCode", "PlanId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_emergency_plan_evaluations_RegionCode_PlanId_On",
                table: "emergency_plan_evaluations",
                columns: new[] { "RegionCode", "PlanId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_emergency_plan_revisions_RegionCode_On",
                table: "emergency_plan_revisions",
                columns: new[] { "RegionCode", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_emergency_plan_revisions_RegionCode_PlanId_Version",
                table: "emergency_plan_revisions",
                columns: new[] { "RegionCode", "PlanId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_emergency_plan_triggers_RegionCode_PlanId_On",
                table: "emergency_plan_triggers",
                columns: new[] { "RegionCode", "PlanId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_emergency_plans_RegionCode_Class_Status",
                table: "emergency_plans",
                columns: new[] { "RegionCode", "Class", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_emergency_plans_RegionCode_PublishedOn",
                table: "emergency_plans",
                columns: new[] { "RegionCode", "PublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_emergency_safety_patrols_RegionCode_PatrolledOn",
                table: "emergency_safety_patrols",
                columns: new[] { "RegionCode", "PatrolledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_emergency_supply_counts_RegionCode_ItemId_On",
                table: "emergency_supply_counts",
                columns: new[] { "RegionCode", "ItemId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_emergency_supply_items_RegionCode_Name",
                table: "emergency_supply_items",
                columns: new[] { "RegionCode", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_emergency_supply_standards_RegionCode",
                table: "emergency_supply_standards",
                column: "RegionCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_emergency_teams_RegionCode_EstablishedOn",
                table: "emergency_teams",
                columns: new[] { "RegionCode", "EstablishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_emergency_teams_RegionCode_Name",
                table: "emergency_teams",
                columns: new[] { "RegionCode", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "emergency_drills");

            migrationBuilder.DropTable(
                name: "emergency_plan_evaluations");

            migrationBuilder.DropTable(
                name: "emergency_plan_revisions");

            migrationBuilder.DropTable(
                name: "emergency_plan_triggers");

            migrationBuilder.DropTable(
                name: "emergency_plans");

            migrationBuilder.DropTable(
                name: "emergency_safety_patrols");

            migrationBuilder.DropTable(
                name: "emergency_supply_counts");

            migrationBuilder.DropTable(
                name: "emergency_supply_items");

            migrationBuilder.DropTable(
                name: "emergency_supply_standards");

            migrationBuilder.DropTable(
                name: "emergency_teams");
        }
    }
}
