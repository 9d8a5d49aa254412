using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DisputesMediation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dispute_escalations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DisputeId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ReportedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AcknowledgedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AcknowledgedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Instruction = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dispute_escalations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dispute_screening_rounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Unit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dispute_screening_rounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disputes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Facts = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Source = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Risk = table.Column<int>(type: "integer", nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ScreeningRoundId = table.Column<Guid>(type: "uuid", nullable: true),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ProcedureInstanceId = table.Column<Guid>(type: "uuid", nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ResponsibleUnit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReferredToDepartment = table.Column<bool>(type: "boolean", nullable: false),
                    AssignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Route = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    RouteReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RoutedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MediationCaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    ResolvedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Resolution = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FollowUp = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    EscalatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disputes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "mediation_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Matter = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Facts = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DisputeType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ReferredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DisputeId = table.Column<Guid>(type: "uuid", nullable: true),
                    DisputeNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DisputeRegisteredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DisputeDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ProcedureInstanceId = table.Column<Guid>(type: "uuid", nullable: true),
                    AppliedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RefusedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RefusingParty = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Mediators = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AssignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AgreementForm = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AgreedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AgreementEffectiveOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Obligations = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PerformanceTerms = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    FailedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FailureReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RoutesExplained = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ConfirmationAppliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConfirmationCourt = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ConfirmationDecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Confirmed = table.Column<bool>(type: "boolean", nullable: true),
                    Performance = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    PerformanceCheckedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ArchivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mediation_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "mediation_committees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    EstablishedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TermStartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DissolvedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mediation_committees", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "mediation_mediators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Female = table.Column<bool>(type: "boolean", nullable: false),
                    AppointedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FullTime = table.Column<bool>(type: "boolean", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mediation_mediators", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "mediation_parties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IdNumberCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IdNumberMasked = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    PhoneCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PhoneMasked = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mediation_parties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "mediation_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Participants = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Record = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mediation_sessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "mediation_trainings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MediatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Topic = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(6,1)", precision: 6, scale: 1, nullable: false),
                    Organizer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mediation_trainings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dispute_parties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DisputeId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IdNumberCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IdNumberMasked = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    PhoneCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PhoneMasked = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dispute_parties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dispute_parties_disputes_DisputeId",
                        column: x => x.DisputeId,
                        principalTable: "disputes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mediation_committee_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Position = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Female = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mediation_committee_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_mediation_committee_members_mediation_committees_CommitteeId",
                        column: x => x.CommitteeId,
                        principalTable: "mediation_committees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dispute_escalations_RegionCode_AcknowledgedAt",
                table: "dispute_escalations",
                columns: new[] { "RegionCode", "AcknowledgedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_dispute_escalations_RegionCode_DisputeId",
                table: "dispute_escalations",
                columns: new[] { "RegionCode", "DisputeId" });

            migrationBuilder.CreateIndex(
                name: "IX_dispute_parties_DisputeId",
                table: "dispute_parties",
                column: "DisputeId");

            migrationBuilder.CreateIndex(
                name: "IX_dispute_parties_RegionCode_DisputeId",
                table: "dispute_parties",
                columns: new[] { "RegionCode", "DisputeId" });

            migrationBuilder.CreateIndex(
                name: "IX_dispute_screening_rounds_RegionCode_StartedOn",
                table: "dispute_screening_rounds",
                columns: new[] { "RegionCode", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_disputes_RegionCode_AssignedOn",
                table: "disputes",
                columns: new[] { "RegionCode", "AssignedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_disputes_RegionCode_Number",
                table: "disputes",
                columns: new[] { "RegionCode", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_disputes_RegionCode_RegisteredOn",
                table: "disputes",
                columns: new[] { "RegionCode", "RegisteredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_disputes_RegionCode_ResolvedOn",
                table: "disputes",
                columns: new[] { "RegionCode", "ResolvedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_disputes_RegionCode_State",
                table: "disputes",
                columns: new[] { "RegionCode", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_mediation_cases_RegionCode_AcceptedOn",
                table: "mediation_cases",
                columns: new[] { "RegionCode", "AcceptedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_mediation_cases_RegionCode_AgreedOn",
                table: "mediation_cases",
                columns: new[] { "RegionCode", "AgreedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_mediation_cases_RegionCode_AppliedOn",
                table: "mediation_cases",
                columns: new[] { "RegionCode", "AppliedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_mediation_cases_RegionCode_DisputeId",
                table: "mediation_cases",
                columns: new[] { "RegionCode", "DisputeId" });

            migrationBuilder.CreateIndex(
                name: "IX_mediation_cases_RegionCode_FailedOn",
                table: "mediation_cases",
                columns: new[] { "RegionCode", "FailedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_mediation_cases_RegionCode_Number",
                table: "mediation_cases",
                columns: new[] { "RegionCode", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mediation_committee_members_CommitteeId",
                table: "mediation_committee_members",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_mediation_committee_members_RegionCode_CommitteeId",
                table: "mediation_committee_members",
                columns: new[] { "RegionCode", "CommitteeId" });

            migrationBuilder.CreateIndex(
                name: "IX_mediation_committees_RegionCode_Name",
                table: "mediation_committees",
                columns: new[] { "RegionCode", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mediation_mediators_RegionCode_CommitteeId",
                table: "mediation_mediators",
                columns: new[] { "RegionCode", "CommitteeId" });

            migrationBuilder.CreateIndex(
                name: "IX_mediation_parties_RegionCode_CaseId",
                table: "mediation_parties",
                columns: new[] { "RegionCode", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_mediation_sessions_RegionCode_CaseId",
                table: "mediation_sessions",
                columns: new[] { "RegionCode", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_mediation_trainings_RegionCode_HeldOn",
                table: "mediation_trainings",
                columns: new[] { "RegionCode", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_mediation_trainings_RegionCode_MediatorId",
                table: "mediation_trainings",
                columns: new[] { "RegionCode", "MediatorId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dispute_escalations");

            migrationBuilder.DropTable(
                name: "dispute_parties");

            migrationBuilder.DropTable(
                name: "dispute_screening_rounds");

            migrationBuilder.DropTable(
                name: "mediation_cases");

            migrationBuilder.DropTable(
                name: "mediation_committee_members");

            migrationBuilder.DropTable(
                name: "mediation_mediators");

            migrationBuilder.DropTable(
                name: "mediation_parties");

            migrationBuilder.DropTable(
                name: "mediation_sessions");

            migrationBuilder.DropTable(
                name: "mediation_trainings");

            migrationBuilder.DropTable(
                name: "disputes");

            migrationBuilder.DropTable(
                name: "mediation_committees");
        }
    }
}
