using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReconsiderationLitigation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "litigation_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CourtCaseNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Court = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Plaintiff = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ChallengedAct = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ChallengedCaseNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ServedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MandatoryAppearance = table.Column<bool>(type: "INTEGER", nullable: false),
                    Instance = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcedureInstanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DefenceDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DefendedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EvidenceLate = table.Column<bool>(type: "INTEGER", nullable: true),
                    FirstInstanceOutcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    FirstInstanceOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AppealedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AppealOutcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    AppealDecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ComplianceNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_litigation_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reconsideration_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Applicant = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ChallengedAct = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ChallengedCaseNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReviewBody = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CopyReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Track = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Law = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DefinitionKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProcedureInstanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RepliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReplyDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReplyOnTime = table.Column<bool>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionSummary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OpinionReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpinionAnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ComplianceNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reconsideration_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "litigation_hearings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Instance = table.Column<int>(type: "INTEGER", nullable: false),
                    LeaderAppeared = table.Column<bool>(type: "INTEGER", nullable: false),
                    LeaderName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LeaderRank = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    LeaderSpoke = table.Column<bool>(type: "INTEGER", nullable: false),
                    DelegateName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Excuse = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ExcuseNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_litigation_hearings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_litigation_hearings_litigation_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "litigation_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reconsideration_hearings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LeaderAttended = table.Column<bool>(type: "INTEGER", nullable: false),
                    LeaderName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DelegateName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DelegationReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reconsideration_hearings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reconsideration_hearings_reconsideration_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "reconsideration_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_litigation_cases_RegionCode_FirstInstanceOn",
                table: "litigation_cases",
                columns: new[] { "RegionCode", "FirstInstanceOn" });

            migrationBuilder.CreateIndex(
                name: "IX_litigation_cases_RegionCode_ServedOn",
                table: "litigation_cases",
                columns: new[] { "RegionCode", "ServedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_litigation_cases_RegionCode_State",
                table: "litigation_cases",
                columns: new[] { "RegionCode", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_litigation_hearings_CaseId",
                table: "litigation_hearings",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_litigation_hearings_RegionCode_HeldOn",
                table: "litigation_hearings",
                columns: new[] { "RegionCode", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_reconsideration_cases_RegionCode_AcceptedOn",
                table: "reconsideration_cases",
                columns: new[] { "RegionCode", "AcceptedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_reconsideration_cases_RegionCode_DecidedOn",
                table: "reconsideration_cases",
                columns: new[] { "RegionCode", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_reconsideration_cases_RegionCode_State",
                table: "reconsideration_cases",
                columns: new[] { "RegionCode", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_reconsideration_hearings_CaseId",
                table: "reconsideration_hearings",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_reconsideration_hearings_RegionCode_HeldOn",
                table: "reconsideration_hearings",
                columns: new[] { "RegionCode", "HeldOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "litigation_hearings");

            migrationBuilder.DropTable(
                name: "reconsideration_hearings");

            migrationBuilder.DropTable(
                name: "litigation_cases");

            migrationBuilder.DropTable(
                name: "reconsideration_cases");
        }
    }
}
