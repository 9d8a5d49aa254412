using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Governance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "governance_bodies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EstablishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MeetingsBeforeFazhi = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_bodies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "governance_evaluation_schemes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AdoptedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_evaluation_schemes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "governance_law_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Leader = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Post = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Occasion = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    IncludesFirstResponsibility = table.Column<bool>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Rating = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Score = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_law_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "governance_body_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Post = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_body_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_body_members_governance_bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "governance_bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "governance_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Chair = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Attendees = table.Column<int>(type: "INTEGER", nullable: false),
                    Minutes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_meetings_governance_bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "governance_bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "governance_cadre_evaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    SchemeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Person = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Post = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EvaluatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TotalHundredths = table.Column<int>(type: "INTEGER", nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FollowUp = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    FollowUpOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FollowUpNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_cadre_evaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_cadre_evaluations_governance_evaluation_schemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "governance_evaluation_schemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "governance_evaluation_criteria",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchemeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Weight = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_evaluation_criteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_evaluation_criteria_governance_evaluation_schemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "governance_evaluation_schemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "governance_agenda_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_agenda_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_agenda_items_governance_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "governance_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "governance_decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    LeadUnit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CoUnits = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_decisions_governance_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "governance_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "governance_criterion_scores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CriterionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Criterion = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Weight = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_criterion_scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_criterion_scores_governance_cadre_evaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "governance_cadre_evaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_governance_agenda_items_MeetingId",
                table: "governance_agenda_items",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_governance_agenda_items_RegionCode_MeetingId_Number",
                table: "governance_agenda_items",
                columns: new[] { "RegionCode", "MeetingId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governance_bodies_RegionCode_Name",
                table: "governance_bodies",
                columns: new[] { "RegionCode", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governance_body_members_BodyId",
                table: "governance_body_members",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_governance_body_members_RegionCode_BodyId",
                table: "governance_body_members",
                columns: new[] { "RegionCode", "BodyId" });

            migrationBuilder.CreateIndex(
                name: "IX_governance_cadre_evaluations_RegionCode_EvaluatedOn",
                table: "governance_cadre_evaluations",
                columns: new[] { "RegionCode", "EvaluatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_governance_cadre_evaluations_RegionCode_Person_Department_Year_PeriodKind",
                table: "governance_cadre_evaluations",
                columns: new[] { "RegionCode", "Person", "Department", "Year", "PeriodKind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governance_cadre_evaluations_SchemeId",
                table: "governance_cadre_evaluations",
                column: "SchemeId");

            migrationBuilder.CreateIndex(
                name: "IX_governance_criterion_scores_EvaluationId",
                table: "governance_criterion_scores",
                column: "EvaluationId");

            migrationBuilder.CreateIndex(
                name: "IX_governance_criterion_scores_RegionCode_EvaluationId_Number",
                table: "governance_criterion_scores",
                columns: new[] { "RegionCode", "EvaluationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governance_decisions_MeetingId",
                table: "governance_decisions",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_governance_decisions_RegionCode_MeetingId_Number",
                table: "governance_decisions",
                columns: new[] { "RegionCode", "MeetingId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governance_evaluation_criteria_RegionCode_SchemeId_Number",
                table: "governance_evaluation_criteria",
                columns: new[] { "RegionCode", "SchemeId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governance_evaluation_criteria_SchemeId",
                table: "governance_evaluation_criteria",
                column: "SchemeId");

            migrationBuilder.CreateIndex(
                name: "IX_governance_evaluation_schemes_RegionCode_AdoptedOn",
                table: "governance_evaluation_schemes",
                columns: new[] { "RegionCode", "AdoptedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_governance_law_reports_RegionCode_GivenOn",
                table: "governance_law_reports",
                columns: new[] { "RegionCode", "GivenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_governance_law_reports_RegionCode_Leader_Year_Occasion",
                table: "governance_law_reports",
                columns: new[] { "RegionCode", "Leader", "Year", "Occasion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governance_meetings_BodyId",
                table: "governance_meetings",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_governance_meetings_RegionCode_BodyId_HeldOn",
                table: "governance_meetings",
                columns: new[] { "RegionCode", "BodyId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_governance_meetings_RegionCode_HeldOn",
                table: "governance_meetings",
                columns: new[] { "RegionCode", "HeldOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "governance_agenda_items");

            migrationBuilder.DropTable(
                name: "governance_body_members");

            migrationBuilder.DropTable(
                name: "governance_criterion_scores");

            migrationBuilder.DropTable(
                name: "governance_decisions");

            migrationBuilder.DropTable(
                name: "governance_evaluation_criteria");

            migrationBuilder.DropTable(
                name: "governance_law_reports");

            migrationBuilder.DropTable(
                name: "governance_cadre_evaluations");

            migrationBuilder.DropTable(
                name: "governance_meetings");

            migrationBuilder.DropTable(
                name: "governance_evaluation_schemes");

            migrationBuilder.DropTable(
                name: "governance_bodies");
        }
    }
}
