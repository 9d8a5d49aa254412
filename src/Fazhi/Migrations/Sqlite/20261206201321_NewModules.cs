using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NewModules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dispute_escalations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisputeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AcknowledgedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Instruction = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dispute_escalations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dispute_screening_rounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dispute_screening_rounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disputes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Facts = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Risk = table.Column<int>(type: "INTEGER", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ScreeningRoundId = table.Column<Guid>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProcedureInstanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ResponsibleUnit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReferredToDepartment = table.Column<bool>(type: "INTEGER", nullable: false),
                    AssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Route = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    RouteReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RoutedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MediationCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ResolvedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FollowUp = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EscalatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disputes", x => x.Id);
                });

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
                name: "mediation_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Matter = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Facts = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DisputeType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ReferredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DisputeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DisputeNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DisputeRegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DisputeDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProcedureInstanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RefusedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RefusingParty = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Mediators = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AgreementForm = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AgreedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AgreementEffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Obligations = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PerformanceTerms = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    FailedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RoutesExplained = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ConfirmationAppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConfirmationCourt = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ConfirmationDecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Confirmed = table.Column<bool>(type: "INTEGER", nullable: true),
                    Performance = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PerformanceCheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ArchivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mediation_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "mediation_committees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    EstablishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermStartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DissolvedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mediation_committees", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "mediation_mediators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Female = table.Column<bool>(type: "INTEGER", nullable: false),
                    AppointedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FullTime = table.Column<bool>(type: "INTEGER", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mediation_mediators", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "mediation_parties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IdNumberCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IdNumberMasked = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    PhoneCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PhoneMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mediation_parties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "mediation_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Participants = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Record = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mediation_sessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "mediation_trainings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MediatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 1, nullable: false),
                    Organizer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mediation_trainings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "petition_campaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_petition_campaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "petition_personal_data_reveals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    PetitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_petition_personal_data_reveals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "petition_reception_days",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Leader = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Hours = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_petition_reception_days", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "petition_reception_visits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ReceptionDayId = table.Column<Guid>(type: "TEXT", nullable: true),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Leader = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Visitors = table.Column<int>(type: "INTEGER", nullable: false),
                    VisitorNames = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Matter = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PetitionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_petition_reception_visits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "petitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PetitionerName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IdNumberCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IdNumberIndex = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PhoneCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PhoneIndex = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Visitors = table.Column<int>(type: "INTEGER", nullable: false),
                    Representatives = table.Column<int>(type: "INTEGER", nullable: false),
                    Matter = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ProcedureInstanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsRepeat = table.Column<bool>(type: "INTEGER", nullable: false),
                    RepeatOfId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RepeatOfNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    PriorFinal = table.Column<bool>(type: "INTEGER", nullable: false),
                    AcknowledgeDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Residual = table.Column<bool>(type: "INTEGER", nullable: false),
                    HandlingUnit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AcknowledgedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RoutedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StatutoryChannel = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DeclinedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HandleDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExtensionDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ExtensionReason = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpinionNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Facts = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Opinion = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    OpinionBasis = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    ReviewRequestDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewRequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewOutcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ReviewOpinion = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    RecheckRequestDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecheckRequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecheckDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecheckOutcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RecheckOpinion = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Rating = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    RatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BaoAnLeader = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    BaoAnPlan = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    BaoAnTeam = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    BaoAnAssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BaoAnResolvedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CampaignAddedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_petitions", x => x.Id);
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
                name: "service_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    MatterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatterCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MatterName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CommittedDays = table.Column<int>(type: "INTEGER", nullable: false),
                    StatutoryDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    VillageCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ApplicantPhoneProtected = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CorrectionNoticeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MissingMaterials = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AcceptedWithDeficiency = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeficiencyDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeficiencySuppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RejectedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ExtensionDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ExtensionApprover = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ExtensionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CommittedDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StatutoryDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    OverCommitted = table.Column<bool>(type: "INTEGER", nullable: false),
                    OverStatutory = table.Column<bool>(type: "INTEGER", nullable: false),
                    CertificateDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CertificateIssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeliveredOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "service_matters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    StatutoryDays = table.Column<int>(type: "INTEGER", nullable: false),
                    CommittedDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Materials = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FeeFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Channels = table.Column<int>(type: "INTEGER", nullable: false),
                    VillageAccepted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    ListedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RemovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_matters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "service_queue_categories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Letter = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_queue_categories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "service_ratings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    WindowNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    RatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RealName = table.Column<bool>(type: "INTEGER", nullable: false),
                    RaterPhoneProtected = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    VerifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Verification = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RectifyDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RectifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Rectification = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CalledBackOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CallbackNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AppealedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AppealReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AppealDecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AppealOutcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Counts = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_ratings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "service_settings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    WaitOvertimeMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    RectifyWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    BasicCountsAsGood = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "service_ticket_imports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Rows = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_ticket_imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "service_tickets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ServiceDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CalledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WaitSeconds = table.Column<int>(type: "INTEGER", nullable: true),
                    WindowNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    TargetWindow = table.Column<int>(type: "INTEGER", nullable: true),
                    Recalls = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_tickets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "service_windows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Categories = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    Comprehensive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_windows", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_inspections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    TargetKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_task_escalations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_task_escalations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_task_reminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_task_reminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_task_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Reporter = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MilestoneId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_task_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    AssignedByRegion = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SourceReference = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    OriginKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    LeadUnit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CoUnits = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    AssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CompletionReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompletionSummary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    VerifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VerificationNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastActOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_teams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Leader = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Members = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EstablishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DissolvedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_teams", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dispute_parties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisputeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IdNumberCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IdNumberMasked = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    PhoneCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PhoneMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
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
                name: "mediation_committee_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Female = table.Column<bool>(type: "INTEGER", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "service_application_exclusions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_application_exclusions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_service_application_exclusions_service_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "service_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_inspection_findings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_inspection_findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_supervision_inspection_findings_supervision_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "supervision_inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_task_milestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
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

            migrationBuilder.CreateIndex(
                name: "IX_petition_campaigns_RegionCode_StartsOn",
                table: "petition_campaigns",
                columns: new[] { "RegionCode", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_petition_personal_data_reveals_RegionCode_PetitionId",
                table: "petition_personal_data_reveals",
                columns: new[] { "RegionCode", "PetitionId" });

            migrationBuilder.CreateIndex(
                name: "IX_petition_reception_days_RegionCode_On",
                table: "petition_reception_days",
                columns: new[] { "RegionCode", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_petition_reception_visits_RegionCode_On",
                table: "petition_reception_visits",
                columns: new[] { "RegionCode", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_petitions_RegionCode_HandleDue",
                table: "petitions",
                columns: new[] { "RegionCode", "HandleDue" });

            migrationBuilder.CreateIndex(
                name: "IX_petitions_RegionCode_IdNumberIndex",
                table: "petitions",
                columns: new[] { "RegionCode", "IdNumberIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_petitions_RegionCode_Number",
                table: "petitions",
                columns: new[] { "RegionCode", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_petitions_RegionCode_PhoneIndex",
                table: "petitions",
                columns: new[] { "RegionCode", "PhoneIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_petitions_RegionCode_RatedOn",
                table: "petitions",
                columns: new[] { "RegionCode", "RatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_petitions_RegionCode_ReceivedOn",
                table: "petitions",
                columns: new[] { "RegionCode", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_petitions_RegionCode_State",
                table: "petitions",
                columns: new[] { "RegionCode", "State" });

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

            migrationBuilder.CreateIndex(
                name: "IX_service_application_exclusions_ApplicationId",
                table: "service_application_exclusions",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_service_application_exclusions_RegionCode_ApplicationId",
                table: "service_application_exclusions",
                columns: new[] { "RegionCode", "ApplicationId" });

            migrationBuilder.CreateIndex(
                name: "IX_service_applications_RegionCode_AcceptedOn",
                table: "service_applications",
                columns: new[] { "RegionCode", "AcceptedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_service_applications_RegionCode_DecidedOn",
                table: "service_applications",
                columns: new[] { "RegionCode", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_service_applications_RegionCode_MatterId",
                table: "service_applications",
                columns: new[] { "RegionCode", "MatterId" });

            migrationBuilder.CreateIndex(
                name: "IX_service_applications_RegionCode_Number",
                table: "service_applications",
                columns: new[] { "RegionCode", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_service_applications_RegionCode_Status_CommittedDueOn",
                table: "service_applications",
                columns: new[] { "RegionCode", "Status", "CommittedDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_service_matters_RegionCode_Code",
                table: "service_matters",
                columns: new[] { "RegionCode", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_service_matters_RegionCode_Department",
                table: "service_matters",
                columns: new[] { "RegionCode", "Department" });

            migrationBuilder.CreateIndex(
                name: "IX_service_matters_RegionCode_ListedOn_RemovedOn",
                table: "service_matters",
                columns: new[] { "RegionCode", "ListedOn", "RemovedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_service_queue_categories_RegionCode_Letter",
                table: "service_queue_categories",
                columns: new[] { "RegionCode", "Letter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_service_ratings_RegionCode_ApplicationId",
                table: "service_ratings",
                columns: new[] { "RegionCode", "ApplicationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_service_ratings_RegionCode_RatedOn",
                table: "service_ratings",
                columns: new[] { "RegionCode", "RatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_service_settings_RegionCode",
                table: "service_settings",
                column: "RegionCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_service_ticket_imports_RegionCode_ImportedAt",
                table: "service_ticket_imports",
                columns: new[] { "RegionCode", "ImportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_service_tickets_RegionCode_ChangedAt",
                table: "service_tickets",
                columns: new[] { "RegionCode", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_service_tickets_RegionCode_ServiceDay_Number",
                table: "service_tickets",
                columns: new[] { "RegionCode", "ServiceDay", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_service_tickets_RegionCode_ServiceDay_Status_Category",
                table: "service_tickets",
                columns: new[] { "RegionCode", "ServiceDay", "Status", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_service_windows_RegionCode_Number",
                table: "service_windows",
                columns: new[] { "RegionCode", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_supervision_inspection_findings_InspectionId",
                table: "supervision_inspection_findings",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_inspection_findings_RegionCode_InspectionId_Number",
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
                name: "dispute_escalations");

            migrationBuilder.DropTable(
                name: "dispute_parties");

            migrationBuilder.DropTable(
                name: "dispute_screening_rounds");

            migrationBuilder.DropTable(
                name: "litigation_hearings");

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
                name: "petition_campaigns");

            migrationBuilder.DropTable(
                name: "petition_personal_data_reveals");

            migrationBuilder.DropTable(
                name: "petition_reception_days");

            migrationBuilder.DropTable(
                name: "petition_reception_visits");

            migrationBuilder.DropTable(
                name: "petitions");

            migrationBuilder.DropTable(
                name: "reconsideration_hearings");

            migrationBuilder.DropTable(
                name: "service_application_exclusions");

            migrationBuilder.DropTable(
                name: "service_matters");

            migrationBuilder.DropTable(
                name: "service_queue_categories");

            migrationBuilder.DropTable(
                name: "service_ratings");

            migrationBuilder.DropTable(
                name: "service_settings");

            migrationBuilder.DropTable(
                name: "service_ticket_imports");

            migrationBuilder.DropTable(
                name: "service_tickets");

            migrationBuilder.DropTable(
                name: "service_windows");

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
                name: "disputes");

            migrationBuilder.DropTable(
                name: "litigation_cases");

            migrationBuilder.DropTable(
                name: "mediation_committees");

            migrationBuilder.DropTable(
                name: "reconsideration_cases");

            migrationBuilder.DropTable(
                name: "service_applications");

            migrationBuilder.DropTable(
                name: "supervision_inspections");

            migrationBuilder.DropTable(
                name: "supervision_tasks");
        }
    }
}
