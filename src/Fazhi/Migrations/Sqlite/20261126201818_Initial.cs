using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Fazhi.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "annual_report_settings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Addressee = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CopyTo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SubmitMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmitDay = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishDay = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_report_settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "annual_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    TemplateKey = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    TemplateVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Addressee = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProcedureInstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "api_tokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Scopes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastUsedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_api_tokens", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    RequiresTwoFactor = table.Column<bool>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    OwnerType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Entity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_agencies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_agencies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ProcedureInstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MatterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Domain = table.Column<int>(type: "INTEGER", nullable: false),
                    PartyKind = table.Column<int>(type: "INTEGER", nullable: false),
                    PartyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PartyIdNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    ClueSummary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ClueReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Facts = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ProposedOutcome = table.Column<int>(type: "INTEGER", nullable: true),
                    ProposedMeasures = table.Column<int>(type: "INTEGER", nullable: false),
                    ProposedFineFen = table.Column<long>(type: "INTEGER", nullable: true),
                    ConfiscationFen = table.Column<long>(type: "INTEGER", nullable: true),
                    DiscretionStandardId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DiscretionJustification = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    MajorPublicInterest = table.Column<bool>(type: "INTEGER", nullable: false),
                    Complex = table.Column<bool>(type: "INTEGER", nullable: false),
                    SeriousViolation = table.Column<bool>(type: "INTEGER", nullable: false),
                    LegalReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LegalReviewPassed = table.Column<bool>(type: "INTEGER", nullable: true),
                    LegalReviewerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LegalReviewOpinion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    NoticeServedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HearingRightGranted = table.Column<bool>(type: "INTEGER", nullable: false),
                    NoticedFineFen = table.Column<long>(type: "INTEGER", nullable: true),
                    DefenceRecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DefenceSummary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RightsWaivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HearingRequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HearingNoticeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HearingDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HearingPresiderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HearingHeldOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HearingWaived = table.Column<bool>(type: "INTEGER", nullable: false),
                    DiscussedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DiscussionConclusion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: true),
                    FineFen = table.Column<long>(type: "INTEGER", nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ServedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaymentDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaidFen = table.Column<long>(type: "INTEGER", nullable: false),
                    LateFeeFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IllegalMedicalPractice = table.Column<bool>(type: "INTEGER", nullable: false),
                    Simplified = table.Column<bool>(type: "INTEGER", nullable: false),
                    SimpleLegalBasis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CertificateShown = table.Column<bool>(type: "INTEGER", nullable: false),
                    SimpleFiledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoPenaltyGround = table.Column<int>(type: "INTEGER", nullable: true),
                    LenientListItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EducationOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EducationSummary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Lighter = table.Column<int>(type: "INTEGER", nullable: true),
                    LighterBasis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    JudicialOutcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    JudicialOutcomeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PersonsArrested = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_discretion_standards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    MatterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Violation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Circumstance = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    MinFineFen = table.Column<long>(type: "INTEGER", nullable: false),
                    MaxFineFen = table.Column<long>(type: "INTEGER", nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_discretion_standards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_flexible_measures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    PartyKind = table.Column<int>(type: "INTEGER", nullable: false),
                    PartyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_flexible_measures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_inspection_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_inspection_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_legal_review_catalog",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Criterion = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ThresholdFen = table.Column<long>(type: "INTEGER", nullable: true),
                    Domain = table.Column<int>(type: "INTEGER", nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_legal_review_catalog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_lenient_lists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_lenient_lists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_officers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsLegalReviewer = table.Column<bool>(type: "INTEGER", nullable: false),
                    HasLegalQualification = table.Column<bool>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_officers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_training_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 1, nullable: false),
                    Trainer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AttendeeIds = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_training_sessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fair_competition_settings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ExceptionEvaluationMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fair_competition_settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fair_competition_standard_sets",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Verified = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fair_competition_standard_sets", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "holiday_years",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ScheduleJson = table.Column<string>(type: "TEXT", nullable: false),
                    LoadedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LoadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_holiday_years", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "issued_numbers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SubjectId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_issued_numbers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "known_permissions",
                columns: table => new
                {
                    Permission = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_known_permissions", x => x.Permission);
                });

            migrationBuilder.CreateTable(
                name: "legality_review_term_settings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    DocumentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StandardDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ComplexDays = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxExtensionDays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_legality_review_term_settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "legality_reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DocumentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubmittingUnit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Complex = table.Column<bool>(type: "INTEGER", nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Background = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Consultation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RequestedBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewDays = table.Column<int>(type: "INTEGER", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReturnCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewerLogin = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    OpinionNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OpinionIssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpinionSummary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SignedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AdviserSignOff = table.Column<bool>(type: "INTEGER", nullable: false),
                    AdviserName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ArchivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_legality_reviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "major_decision_catalogs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PreviousVersionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AdjustmentReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PartyApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PartyApproval = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublicationUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_major_decision_catalogs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "major_decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CatalogItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CatalogItemKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    CatalogYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LeadUnit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Proposer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RequiresPublicParticipation = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequiresExpertReview = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequiresRiskAssessment = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequiresHearing = table.Column<bool>(type: "INTEGER", nullable: false),
                    AffectsBusiness = table.Column<bool>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProcedureInstanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DraftText = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    ProposedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InitiatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConsultationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FairCompetitionReviewId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LegalityReviewId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LegalitySubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExploratoryReform = table.Column<bool>(type: "INTEGER", nullable: false),
                    LegalRiskStatement = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SubmittedForDiscussionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LegalityOpinionBeforeMeeting = table.Column<bool>(type: "INTEGER", nullable: false),
                    PartyReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PartyReport = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublicationChannel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PublicationUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ArchivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ImplementationStartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_major_decisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "normative_document_cleanups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_normative_document_cleanups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "normative_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DraftingUnit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IssuingAuthority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BodyText = table.Column<string>(type: "TEXT", nullable: false),
                    AffectsBusiness = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequiresConsultation = table.Column<bool>(type: "INTEGER", nullable: false),
                    PlanYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ProcedureInstanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Imported = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsultationEndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FairCompetitionReviewId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LegalityReviewId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LegalityReviewedBeforeDeliberation = table.Column<bool>(type: "INTEGER", nullable: false),
                    LegalityOpinionNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DeliberatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MeetingName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RegistrationNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SourceUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FilingAuthority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FiledOnTime = table.Column<bool>(type: "INTEGER", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EvaluationRemindedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastEvaluatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_normative_documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "number_counters",
                columns: table => new
                {
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_number_counters", x => new { x.RegionCode, x.Kind, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "numbering_schemes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Pattern = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_numbering_schemes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "procedure_instances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DefinitionKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    LastStepOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StepCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procedure_instances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "public_consultations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DraftText = table.Column<string>(type: "TEXT", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", nullable: false),
                    OrganizingUnit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UrgencyReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReportPublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_public_consultations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "regions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    ParentCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regions", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "role_permissions",
                columns: table => new
                {
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Permission = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_role_permissions", x => new { x.RoleId, x.Permission });
                });

            migrationBuilder.CreateTable(
                name: "annual_report_sections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Heading = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Required = table.Column<bool>(type: "INTEGER", nullable: false),
                    Guidance = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_report_sections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_annual_report_sections_annual_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "annual_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_matters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Domain = table.Column<int>(type: "INTEGER", nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_matters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enforcement_matters_enforcement_agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "enforcement_agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_case_evidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OfficerNames = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_case_evidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enforcement_case_evidence_enforcement_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "enforcement_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_case_measures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ProcedureInstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Items = table.Column<string>(type: "TEXT", nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_case_measures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enforcement_case_measures_enforcement_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "enforcement_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_case_officers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    OfficerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    AssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_case_officers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enforcement_case_officers_enforcement_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "enforcement_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_case_remedies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_case_remedies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enforcement_case_remedies_enforcement_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "enforcement_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_payment_arrangements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_payment_arrangements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enforcement_payment_arrangements_enforcement_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "enforcement_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_publications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcedureInstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PublishDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AgencyName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PartyDisplay = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PartyIdDisplay = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Facts = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ChangedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ChangeReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    WithdrawDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_publications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enforcement_publications_enforcement_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "enforcement_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_inspection_draws",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Seed = table.Column<int>(type: "INTEGER", nullable: false),
                    Candidates = table.Column<string>(type: "TEXT", nullable: false),
                    Roster = table.Column<string>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    DrawnBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_inspection_draws", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enforcement_inspection_draws_enforcement_inspection_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "enforcement_inspection_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_lenient_list_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ListId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Violation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Circumstance = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Treatment = table.Column<int>(type: "INTEGER", nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_lenient_list_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enforcement_lenient_list_items_enforcement_lenient_lists_ListId",
                        column: x => x.ListId,
                        principalTable: "enforcement_lenient_lists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "fair_competition_reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DraftingUnit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    DraftedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StandardSetKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    AffectsBusiness = table.Column<bool>(type: "INTEGER", nullable: true),
                    DeterminationReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Conclusion = table.Column<int>(type: "INTEGER", nullable: true),
                    ConclusionText = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ConsultationNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ConcludedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IssueReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    NextEvaluationOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EvaluationExplanation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fair_competition_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_fair_competition_reviews_fair_competition_standard_sets_StandardSetKey",
                        column: x => x.StandardSetKey,
                        principalTable: "fair_competition_standard_sets",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "fair_competition_standards",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SetKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Article = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fair_competition_standards", x => x.Code);
                    table.ForeignKey(
                        name: "FK_fair_competition_standards_fair_competition_standard_sets_SetKey",
                        column: x => x.SetKey,
                        principalTable: "fair_competition_standard_sets",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "legality_review_contracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CounterpartyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SubmittingUnit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_legality_review_contracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_legality_review_contracts_legality_reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "legality_reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "legality_review_opinion_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Response = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_legality_review_opinion_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_legality_review_opinion_items_legality_reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "legality_reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "major_decision_catalog_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CatalogId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ItemKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LeadUnit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PlannedStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlannedEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RequiresPublicParticipation = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequiresExpertReview = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequiresRiskAssessment = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequiresHearing = table.Column<bool>(type: "INTEGER", nullable: false),
                    AffectsBusiness = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_major_decision_catalog_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_major_decision_catalog_items_major_decision_catalogs_CatalogId",
                        column: x => x.CatalogId,
                        principalTable: "major_decision_catalogs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "major_decision_expert_opinions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecisionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Expert = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Affiliation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Opinion = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SignedOrSealed = table.Column<bool>(type: "INTEGER", nullable: false),
                    NoDirectInterest = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_major_decision_expert_opinions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_major_decision_expert_opinions_major_decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "major_decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "major_decision_hearings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecisionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ParticipantsPublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MaterialsDeliveredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    RecordSigned = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_major_decision_hearings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_major_decision_hearings_major_decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "major_decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "major_decision_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecisionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    MeetingType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ChiefReasons = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_major_decision_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_major_decision_meetings_major_decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "major_decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "major_decision_post_evaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecisionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    EvaluatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Evaluator = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_major_decision_post_evaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_major_decision_post_evaluations_major_decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "major_decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "major_decision_risk_assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecisionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Assessor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RiskPoints = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Mitigations = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    ContingencyPlan = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    RiskLevel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_major_decision_risk_assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_major_decision_risk_assessments_major_decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "major_decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "normative_document_cleanup_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_normative_document_cleanup_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_normative_document_cleanup_items_normative_document_cleanups_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "normative_document_cleanups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_normative_document_cleanup_items_normative_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "normative_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "normative_document_evaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_normative_document_evaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_normative_document_evaluations_normative_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "normative_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "procedure_clocks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    RuleKey = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Length = table.Column<int>(type: "INTEGER", nullable: false),
                    RollForward = table.Column<bool>(type: "INTEGER", nullable: false),
                    WarningWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxExtension = table.Column<int>(type: "INTEGER", nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CountingFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WarnOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StoppedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NearDueAlertedFor = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OverdueAlertedFor = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Explanation = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procedure_clocks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_procedure_clocks_procedure_instances_InstanceId",
                        column: x => x.InstanceId,
                        principalTable: "procedure_instances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "procedure_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    ActionKey = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ActionName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procedure_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_procedure_steps_procedure_instances_InstanceId",
                        column: x => x.InstanceId,
                        principalTable: "procedure_instances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "public_comments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ConsultationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Quote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    QuotePrefix = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    QuoteSuffix = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    QuoteStart = table.Column<int>(type: "INTEGER", nullable: true),
                    QuoteEnd = table.Column<int>(type: "INTEGER", nullable: true),
                    PhoneCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ModeratedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ModeratedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HiddenReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    MergedIntoId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GroupLabel = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AnswerReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_public_comments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_public_comments_public_consultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "public_consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_payment_instalments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArrangementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaidFen = table.Column<long>(type: "INTEGER", nullable: false),
                    LateFeeFen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_payment_instalments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enforcement_payment_instalments_enforcement_payment_arrangements_ArrangementId",
                        column: x => x.ArrangementId,
                        principalTable: "enforcement_payment_arrangements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_inspections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DrawId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PlannedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EntityName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EntityCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstOfficerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SecondOfficerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficerNames = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Result = table.Column<int>(type: "INTEGER", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_inspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enforcement_inspections_enforcement_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "enforcement_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_enforcement_inspections_enforcement_inspection_draws_DrawId",
                        column: x => x.DrawId,
                        principalTable: "enforcement_inspection_draws",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_enforcement_inspections_enforcement_inspection_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "enforcement_inspection_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "fair_competition_conclusions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Conclusion = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ConcludedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ConcludedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fair_competition_conclusions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_fair_competition_conclusions_fair_competition_reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "fair_competition_reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "fair_competition_answers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    StandardCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Verdict = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ExceptionGround = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ExceptionJustification = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    TerminationCondition = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    NoLessRestrictiveAlternative = table.Column<bool>(type: "INTEGER", nullable: false),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fair_competition_answers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_fair_competition_answers_fair_competition_reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "fair_competition_reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_fair_competition_answers_fair_competition_standards_StandardCode",
                        column: x => x.StandardCode,
                        principalTable: "fair_competition_standards",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "legality_review_contract_milestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_legality_review_contract_milestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_legality_review_contract_milestones_legality_review_contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "legality_review_contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "major_decision_meeting_views",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    View = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Remarks = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IsChief = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_major_decision_meeting_views", x => x.Id);
                    table.ForeignKey(
                        name: "FK_major_decision_meeting_views_major_decision_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "major_decision_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "procedure_clock_adjustments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClockId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Length = table.Column<int>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procedure_clock_adjustments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_procedure_clock_adjustments_procedure_clocks_ClockId",
                        column: x => x.ClockId,
                        principalTable: "procedure_clocks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "procedure_clock_alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClockId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DetectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procedure_clock_alerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_procedure_clock_alerts_procedure_clocks_ClockId",
                        column: x => x.ClockId,
                        principalTable: "procedure_clocks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "fair_competition_standard_sets",
                columns: new[] { "Key", "EffectiveFrom", "Name", "Note", "Verified" },
                values: new object[,]
                {
                    { "regulation2024", new DateOnly(2024, 8, 1), "《公平竞争审查条例》", "条例第八条至第十一条，2024年8月1日起施行（第二十七条）。2025年4月20日起施行的《公平竞争审查条例实施办法》细化了这些标准，其条目未单列。", true },
                    { "rules2021", new DateOnly(2021, 6, 29), "《公平竞争审查制度实施细则》（2021年）", "国发〔2016〕34号确立的18项审查标准，按2021年细则第三章分四类；条文序号与文字据二手资料整理，使用前请核对原文（law.md §5、§21 第10项）。", false }
                });

            migrationBuilder.InsertData(
                table: "fair_competition_standards",
                columns: new[] { "Code", "Article", "Category", "SetKey", "SortOrder", "Text" },
                values: new object[,]
                {
                    { "regulation2024.01", "《公平竞争审查条例》第八条第（一）项", "市场准入和退出", "regulation2024", 1, "不得对市场准入负面清单以外的行业、领域、业务等违法设置审批程序" },
                    { "regulation2024.02", "《公平竞争审查条例》第八条第（二）项", "市场准入和退出", "regulation2024", 2, "不得违法设置或者授予特许经营权" },
                    { "regulation2024.03", "《公平竞争审查条例》第八条第（三）项", "市场准入和退出", "regulation2024", 3, "不得限定经营、购买或者使用特定经营者提供的商品或者服务" },
                    { "regulation2024.04", "《公平竞争审查条例》第八条第（四）项", "市场准入和退出", "regulation2024", 4, "不得设置不合理或者歧视性的准入、退出条件" },
                    { "regulation2024.05", "《公平竞争审查条例》第八条第（五）项", "市场准入和退出", "regulation2024", 5, "不得含有其他限制或者变相限制市场准入和退出的内容" },
                    { "regulation2024.06", "《公平竞争审查条例》第九条第（一）项", "商品要素自由流动", "regulation2024", 6, "不得限制外地或者进口商品、要素进入本地市场，或者阻碍本地经营者迁出，商品、要素输出" },
                    { "regulation2024.07", "《公平竞争审查条例》第九条第（二）项", "商品要素自由流动", "regulation2024", 7, "不得排斥、限制、强制或者变相强制外地经营者在本地投资经营或者设立分支机构" },
                    { "regulation2024.08", "《公平竞争审查条例》第九条第（三）项", "商品要素自由流动", "regulation2024", 8, "不得排斥、限制或者变相限制外地经营者参加本地政府采购、招标投标" },
                    { "regulation2024.09", "《公平竞争审查条例》第九条第（四）项", "商品要素自由流动", "regulation2024", 9, "不得对外地或者进口商品、要素设置歧视性收费项目、收费标准、价格或者补贴" },
                    { "regulation2024.10", "《公平竞争审查条例》第九条第（五）项", "商品要素自由流动", "regulation2024", 10, "不得在资质标准、监管执法等方面对外地经营者在本地投资经营设置歧视性要求" },
                    { "regulation2024.11", "《公平竞争审查条例》第九条第（六）项", "商品要素自由流动", "regulation2024", 11, "不得含有其他限制商品、要素自由流动的内容" },
                    { "regulation2024.12", "《公平竞争审查条例》第十条第（一）项", "影响生产经营成本", "regulation2024", 12, "没有法律、行政法规依据或者未经国务院批准，不得给予特定经营者税收优惠" },
                    { "regulation2024.13", "《公平竞争审查条例》第十条第（二）项", "影响生产经营成本", "regulation2024", 13, "没有法律、行政法规依据或者未经国务院批准，不得给予特定经营者选择性、差异化的财政奖励或者补贴" },
                    { "regulation2024.14", "《公平竞争审查条例》第十条第（三）项", "影响生产经营成本", "regulation2024", 14, "没有法律、行政法规依据或者未经国务院批准，不得给予特定经营者要素获取、行政事业性收费、政府性基金、社会保险费等方面的优惠" },
                    { "regulation2024.15", "《公平竞争审查条例》第十条第（四）项", "影响生产经营成本", "regulation2024", 15, "没有法律、行政法规依据或者未经国务院批准，不得含有其他影响生产经营成本的内容" },
                    { "regulation2024.16", "《公平竞争审查条例》第十一条第（一）项", "影响生产经营行为", "regulation2024", 16, "不得强制或者变相强制经营者实施垄断行为，或者为经营者实施垄断行为提供便利条件" },
                    { "regulation2024.17", "《公平竞争审查条例》第十一条第（二）项", "影响生产经营行为", "regulation2024", 17, "不得超越法定权限制定政府指导价、政府定价，为特定经营者提供优惠价格" },
                    { "regulation2024.18", "《公平竞争审查条例》第十一条第（三）项", "影响生产经营行为", "regulation2024", 18, "不得违法干预实行市场调节价的商品、要素的价格水平" },
                    { "regulation2024.19", "《公平竞争审查条例》第十一条第（四）项", "影响生产经营行为", "regulation2024", 19, "不得含有其他影响生产经营行为的内容" },
                    { "rules2021.01", "《公平竞争审查制度实施细则》第十三条第（一）项", "市场准入和退出", "rules2021", 1, "不得设置不合理和歧视性的准入和退出条件" },
                    { "rules2021.02", "《公平竞争审查制度实施细则》第十三条第（二）项", "市场准入和退出", "rules2021", 2, "未经公平竞争不得授予经营者特许经营权" },
                    { "rules2021.03", "《公平竞争审查制度实施细则》第十三条第（三）项", "市场准入和退出", "rules2021", 3, "不得限定经营、购买、使用特定经营者提供的商品和服务" },
                    { "rules2021.04", "《公平竞争审查制度实施细则》第十三条第（四）项", "市场准入和退出", "rules2021", 4, "不得设置没有法律、行政法规或者国务院规定依据的审批或者具有行政审批性质的事前备案程序" },
                    { "rules2021.05", "《公平竞争审查制度实施细则》第十三条第（五）项", "市场准入和退出", "rules2021", 5, "不得对市场准入负面清单以外的行业、领域、业务等设置审批程序" },
                    { "rules2021.06", "《公平竞争审查制度实施细则》第十四条第（一）项", "商品要素自由流动", "rules2021", 6, "不得对外地和进口商品、服务实行歧视性价格和歧视性补贴政策" },
                    { "rules2021.07", "《公平竞争审查制度实施细则》第十四条第（二）项", "商品要素自由流动", "rules2021", 7, "不得限制外地和进口商品、服务进入本地市场或者阻碍本地商品运出、服务输出" },
                    { "rules2021.08", "《公平竞争审查制度实施细则》第十四条第（三）项", "商品要素自由流动", "rules2021", 8, "不得排斥或者限制外地经营者参加本地招标投标活动" },
                    { "rules2021.09", "《公平竞争审查制度实施细则》第十四条第（四）项", "商品要素自由流动", "rules2021", 9, "不得排斥、限制或者强制外地经营者在本地投资或者设立分支机构" },
                    { "rules2021.10", "《公平竞争审查制度实施细则》第十四条第（五）项", "商品要素自由流动", "rules2021", 10, "不得对外地经营者在本地的投资或者设立的分支机构实行歧视性待遇，侵害其合法权益" },
                    { "rules2021.11", "《公平竞争审查制度实施细则》第十五条第（一）项", "影响生产经营成本", "rules2021", 11, "不得违法给予特定经营者优惠政策" },
                    { "rules2021.12", "《公平竞争审查制度实施细则》第十五条第（二）项", "影响生产经营成本", "rules2021", 12, "安排财政支出一般不得与特定经营者缴纳的税收或者非税收入挂钩" },
                    { "rules2021.13", "《公平竞争审查制度实施细则》第十五条第（三）项", "影响生产经营成本", "rules2021", 13, "不得违法违规减免或者缓征特定经营者应当缴纳的社会保险费用" },
                    { "rules2021.14", "《公平竞争审查制度实施细则》第十五条第（四）项", "影响生产经营成本", "rules2021", 14, "不得在法律规定之外要求经营者提供或者扣留经营者各类保证金" },
                    { "rules2021.15", "《公平竞争审查制度实施细则》第十六条第（一）项", "影响生产经营行为", "rules2021", 15, "不得强制经营者从事《中华人民共和国反垄断法》规定的垄断行为" },
                    { "rules2021.16", "《公平竞争审查制度实施细则》第十六条第（二）项", "影响生产经营行为", "rules2021", 16, "不得违法披露或者违法要求经营者披露生产经营敏感信息，为经营者实施垄断行为提供便利条件" },
                    { "rules2021.17", "《公平竞争审查制度实施细则》第十六条第（三）项", "影响生产经营行为", "rules2021", 17, "不得超越定价权限进行政府定价" },
                    { "rules2021.18", "《公平竞争审查制度实施细则》第十六条第（四）项", "影响生产经营行为", "rules2021", 18, "不得违法干预实行市场调节价的商品和服务的价格水平" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_annual_report_sections_RegionCode_ReportId_Order",
                table: "annual_report_sections",
                columns: new[] { "RegionCode", "ReportId", "Order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_annual_report_sections_ReportId",
                table: "annual_report_sections",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_annual_report_settings_RegionCode",
                table: "annual_report_settings",
                column: "RegionCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_annual_reports_RegionCode_Year",
                table: "annual_reports",
                columns: new[] { "RegionCode", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_api_tokens_Hash",
                table: "api_tokens",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_RegionCode",
                table: "AspNetUsers",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_attachments_RegionCode_OwnerType_OwnerId",
                table: "attachments",
                columns: new[] { "RegionCode", "OwnerType", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_attachments_Sha256",
                table: "attachments",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_Entity_EntityId",
                table: "audit_entries",
                columns: new[] { "Entity", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_Id",
                table: "audit_entries",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_RegionCode_At",
                table: "audit_entries",
                columns: new[] { "RegionCode", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_agencies_RegionCode_Name",
                table: "enforcement_agencies",
                columns: new[] { "RegionCode", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_case_evidence_CaseId",
                table: "enforcement_case_evidence",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_case_evidence_RegionCode_CaseId",
                table: "enforcement_case_evidence",
                columns: new[] { "RegionCode", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_case_measures_CaseId",
                table: "enforcement_case_measures",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_case_measures_RegionCode_CaseId",
                table: "enforcement_case_measures",
                columns: new[] { "RegionCode", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_case_measures_RegionCode_On",
                table: "enforcement_case_measures",
                columns: new[] { "RegionCode", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_case_officers_CaseId_OfficerId",
                table: "enforcement_case_officers",
                columns: new[] { "CaseId", "OfficerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_case_officers_RegionCode_OfficerId",
                table: "enforcement_case_officers",
                columns: new[] { "RegionCode", "OfficerId" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_case_remedies_CaseId",
                table: "enforcement_case_remedies",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_case_remedies_RegionCode_CaseId",
                table: "enforcement_case_remedies",
                columns: new[] { "RegionCode", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_cases_RegionCode_CaseNumber",
                table: "enforcement_cases",
                columns: new[] { "RegionCode", "CaseNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_cases_RegionCode_ClosedOn",
                table: "enforcement_cases",
                columns: new[] { "RegionCode", "ClosedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_cases_RegionCode_DecidedOn",
                table: "enforcement_cases",
                columns: new[] { "RegionCode", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_cases_RegionCode_FiledOn",
                table: "enforcement_cases",
                columns: new[] { "RegionCode", "FiledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_cases_RegionCode_State",
                table: "enforcement_cases",
                columns: new[] { "RegionCode", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_discretion_standards_RegionCode_Violation",
                table: "enforcement_discretion_standards",
                columns: new[] { "RegionCode", "Violation" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_flexible_measures_RegionCode_CaseId",
                table: "enforcement_flexible_measures",
                columns: new[] { "RegionCode", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_flexible_measures_RegionCode_On",
                table: "enforcement_flexible_measures",
                columns: new[] { "RegionCode", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_inspection_draws_PlanId",
                table: "enforcement_inspection_draws",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_inspection_draws_RegionCode_PlanId",
                table: "enforcement_inspection_draws",
                columns: new[] { "RegionCode", "PlanId" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_inspection_plans_RegionCode_Year",
                table: "enforcement_inspection_plans",
                columns: new[] { "RegionCode", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_inspections_CaseId",
                table: "enforcement_inspections",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_inspections_DrawId",
                table: "enforcement_inspections",
                column: "DrawId");

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_inspections_PlanId",
                table: "enforcement_inspections",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_inspections_RegionCode_InspectedOn_Category",
                table: "enforcement_inspections",
                columns: new[] { "RegionCode", "InspectedOn", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_inspections_RegionCode_PlannedOn",
                table: "enforcement_inspections",
                columns: new[] { "RegionCode", "PlannedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_legal_review_catalog_RegionCode_Active",
                table: "enforcement_legal_review_catalog",
                columns: new[] { "RegionCode", "Active" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_lenient_list_items_ListId_Number",
                table: "enforcement_lenient_list_items",
                columns: new[] { "ListId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_lenient_list_items_RegionCode_ListId",
                table: "enforcement_lenient_list_items",
                columns: new[] { "RegionCode", "ListId" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_lenient_lists_RegionCode_EffectiveOn",
                table: "enforcement_lenient_lists",
                columns: new[] { "RegionCode", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_lenient_lists_RegionCode_Version",
                table: "enforcement_lenient_lists",
                columns: new[] { "RegionCode", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_matters_AgencyId",
                table: "enforcement_matters",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_matters_RegionCode_Code",
                table: "enforcement_matters",
                columns: new[] { "RegionCode", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_officers_RegionCode_CertificateNumber",
                table: "enforcement_officers",
                columns: new[] { "RegionCode", "CertificateNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_officers_RegionCode_ValidTo",
                table: "enforcement_officers",
                columns: new[] { "RegionCode", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_payment_arrangements_CaseId",
                table: "enforcement_payment_arrangements",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_payment_arrangements_RegionCode_ApprovedOn",
                table: "enforcement_payment_arrangements",
                columns: new[] { "RegionCode", "ApprovedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_payment_instalments_ArrangementId_Sequence",
                table: "enforcement_payment_instalments",
                columns: new[] { "ArrangementId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_payment_instalments_RegionCode_DueOn",
                table: "enforcement_payment_instalments",
                columns: new[] { "RegionCode", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_publications_CaseId",
                table: "enforcement_publications",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_publications_RegionCode_DecidedOn",
                table: "enforcement_publications",
                columns: new[] { "RegionCode", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_publications_RegionCode_State_PublishedOn",
                table: "enforcement_publications",
                columns: new[] { "RegionCode", "State", "PublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_training_sessions_RegionCode_HeldOn",
                table: "enforcement_training_sessions",
                columns: new[] { "RegionCode", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_fair_competition_answers_RegionCode_Verdict",
                table: "fair_competition_answers",
                columns: new[] { "RegionCode", "Verdict" });

            migrationBuilder.CreateIndex(
                name: "IX_fair_competition_answers_ReviewId_Round_StandardCode",
                table: "fair_competition_answers",
                columns: new[] { "ReviewId", "Round", "StandardCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_fair_competition_answers_StandardCode",
                table: "fair_competition_answers",
                column: "StandardCode");

            migrationBuilder.CreateIndex(
                name: "IX_fair_competition_conclusions_RegionCode_ConcludedOn",
                table: "fair_competition_conclusions",
                columns: new[] { "RegionCode", "ConcludedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_fair_competition_conclusions_ReviewId_Round",
                table: "fair_competition_conclusions",
                columns: new[] { "ReviewId", "Round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_fair_competition_reviews_RegionCode_ConcludedOn",
                table: "fair_competition_reviews",
                columns: new[] { "RegionCode", "ConcludedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_fair_competition_reviews_RegionCode_Status_RegisteredAt",
                table: "fair_competition_reviews",
                columns: new[] { "RegionCode", "Status", "RegisteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_fair_competition_reviews_RegionCode_SubjectType_SubjectId",
                table: "fair_competition_reviews",
                columns: new[] { "RegionCode", "SubjectType", "SubjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_fair_competition_reviews_StandardSetKey",
                table: "fair_competition_reviews",
                column: "StandardSetKey");

            migrationBuilder.CreateIndex(
                name: "IX_fair_competition_settings_RegionCode",
                table: "fair_competition_settings",
                column: "RegionCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_fair_competition_standards_SetKey_SortOrder",
                table: "fair_competition_standards",
                columns: new[] { "SetKey", "SortOrder" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_issued_numbers_RegionCode_Kind_Text",
                table: "issued_numbers",
                columns: new[] { "RegionCode", "Kind", "Text" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_issued_numbers_RegionCode_Kind_Year_Sequence",
                table: "issued_numbers",
                columns: new[] { "RegionCode", "Kind", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_legality_review_contract_milestones_ContractId",
                table: "legality_review_contract_milestones",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_legality_review_contract_milestones_RegionCode_DueOn",
                table: "legality_review_contract_milestones",
                columns: new[] { "RegionCode", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_legality_review_contracts_RegionCode_CreditCode",
                table: "legality_review_contracts",
                columns: new[] { "RegionCode", "CreditCode" });

            migrationBuilder.CreateIndex(
                name: "IX_legality_review_contracts_RegionCode_EndsOn",
                table: "legality_review_contracts",
                columns: new[] { "RegionCode", "EndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_legality_review_contracts_RegionCode_ReviewId",
                table: "legality_review_contracts",
                columns: new[] { "RegionCode", "ReviewId" });

            migrationBuilder.CreateIndex(
                name: "IX_legality_review_contracts_ReviewId",
                table: "legality_review_contracts",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_legality_review_opinion_items_RegionCode_Response",
                table: "legality_review_opinion_items",
                columns: new[] { "RegionCode", "Response" });

            migrationBuilder.CreateIndex(
                name: "IX_legality_review_opinion_items_ReviewId_Number",
                table: "legality_review_opinion_items",
                columns: new[] { "ReviewId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_legality_review_term_settings_RegionCode_DocumentType",
                table: "legality_review_term_settings",
                columns: new[] { "RegionCode", "DocumentType" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_legality_reviews_InstanceId",
                table: "legality_reviews",
                column: "InstanceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_legality_reviews_RegionCode_OpinionIssuedOn_DocumentType",
                table: "legality_reviews",
                columns: new[] { "RegionCode", "OpinionIssuedOn", "DocumentType" });

            migrationBuilder.CreateIndex(
                name: "IX_legality_reviews_RegionCode_ReviewerLogin_Status",
                table: "legality_reviews",
                columns: new[] { "RegionCode", "ReviewerLogin", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_legality_reviews_RegionCode_Status_SubmittedOn",
                table: "legality_reviews",
                columns: new[] { "RegionCode", "Status", "SubmittedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_legality_reviews_RegionCode_SubjectType_SubjectId",
                table: "legality_reviews",
                columns: new[] { "RegionCode", "SubjectType", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_major_decision_catalog_items_CatalogId",
                table: "major_decision_catalog_items",
                column: "CatalogId");

            migrationBuilder.CreateIndex(
                name: "IX_major_decision_catalog_items_RegionCode_CatalogId_Number",
                table: "major_decision_catalog_items",
                columns: new[] { "RegionCode", "CatalogId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_major_decision_catalog_items_RegionCode_ItemKey",
                table: "major_decision_catalog_items",
                columns: new[] { "RegionCode", "ItemKey" });

            migrationBuilder.CreateIndex(
                name: "IX_major_decision_catalogs_RegionCode_Status_Year",
                table: "major_decision_catalogs",
                columns: new[] { "RegionCode", "Status", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_major_decision_catalogs_RegionCode_Year_Version",
                table: "major_decision_catalogs",
                columns: new[] { "RegionCode", "Year", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_major_decision_expert_opinions_DecisionId",
                table: "major_decision_expert_opinions",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_major_decision_expert_opinions_RegionCode_GivenOn",
                table: "major_decision_expert_opinions",
                columns: new[] { "RegionCode", "GivenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_major_decision_hearings_DecisionId",
                table: "major_decision_hearings",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_major_decision_hearings_RegionCode_HeldOn",
                table: "major_decision_hearings",
                columns: new[] { "RegionCode", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_major_decision_meeting_views_MeetingId",
                table: "major_decision_meeting_views",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_major_decision_meeting_views_RegionCode_MeetingId_Order",
                table: "major_decision_meeting_views",
                columns: new[] { "RegionCode", "MeetingId", "Order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_major_decision_meetings_DecisionId",
                table: "major_decision_meetings",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_major_decision_meetings_RegionCode_HeldOn",
                table: "major_decision_meetings",
                columns: new[] { "RegionCode", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_major_decision_post_evaluations_DecisionId",
                table: "major_decision_post_evaluations",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_major_decision_post_evaluations_RegionCode_EvaluatedOn",
                table: "major_decision_post_evaluations",
                columns: new[] { "RegionCode", "EvaluatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_major_decision_risk_assessments_DecisionId",
                table: "major_decision_risk_assessments",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_major_decision_risk_assessments_RegionCode_ReportedOn",
                table: "major_decision_risk_assessments",
                columns: new[] { "RegionCode", "ReportedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_major_decisions_RegionCode_CatalogItemKey",
                table: "major_decisions",
                columns: new[] { "RegionCode", "CatalogItemKey" });

            migrationBuilder.CreateIndex(
                name: "IX_major_decisions_RegionCode_CatalogYear",
                table: "major_decisions",
                columns: new[] { "RegionCode", "CatalogYear" });

            migrationBuilder.CreateIndex(
                name: "IX_major_decisions_RegionCode_State_DecidedOn",
                table: "major_decisions",
                columns: new[] { "RegionCode", "State", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_normative_document_cleanup_items_CampaignId_DocumentId",
                table: "normative_document_cleanup_items",
                columns: new[] { "CampaignId", "DocumentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_normative_document_cleanup_items_DocumentId",
                table: "normative_document_cleanup_items",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_normative_document_cleanup_items_RegionCode_Conclusion",
                table: "normative_document_cleanup_items",
                columns: new[] { "RegionCode", "Conclusion" });

            migrationBuilder.CreateIndex(
                name: "IX_normative_document_cleanups_RegionCode_PublishedOn",
                table: "normative_document_cleanups",
                columns: new[] { "RegionCode", "PublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_normative_document_cleanups_RegionCode_Status_StartedOn",
                table: "normative_document_cleanups",
                columns: new[] { "RegionCode", "Status", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_normative_document_evaluations_DocumentId",
                table: "normative_document_evaluations",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_normative_document_evaluations_RegionCode_On",
                table: "normative_document_evaluations",
                columns: new[] { "RegionCode", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_normative_documents_RegionCode_DocumentNumber",
                table: "normative_documents",
                columns: new[] { "RegionCode", "DocumentNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_normative_documents_RegionCode_ExpiresOn",
                table: "normative_documents",
                columns: new[] { "RegionCode", "ExpiresOn" });

            migrationBuilder.CreateIndex(
                name: "IX_normative_documents_RegionCode_Status_PublishedOn",
                table: "normative_documents",
                columns: new[] { "RegionCode", "Status", "PublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_normative_documents_Status_ExpiresOn",
                table: "normative_documents",
                columns: new[] { "Status", "ExpiresOn" });

            migrationBuilder.CreateIndex(
                name: "IX_numbering_schemes_RegionCode_Kind",
                table: "numbering_schemes",
                columns: new[] { "RegionCode", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_procedure_clock_adjustments_ClockId_Round",
                table: "procedure_clock_adjustments",
                columns: new[] { "ClockId", "Round" });

            migrationBuilder.CreateIndex(
                name: "IX_procedure_clock_alerts_ClockId_Kind_DueDate",
                table: "procedure_clock_alerts",
                columns: new[] { "ClockId", "Kind", "DueDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_procedure_clock_alerts_RegionCode_DetectedOn",
                table: "procedure_clock_alerts",
                columns: new[] { "RegionCode", "DetectedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_procedure_clocks_InstanceId_RuleKey",
                table: "procedure_clocks",
                columns: new[] { "InstanceId", "RuleKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_procedure_clocks_RegionCode_Status_WarnOn",
                table: "procedure_clocks",
                columns: new[] { "RegionCode", "Status", "WarnOn" });

            migrationBuilder.CreateIndex(
                name: "IX_procedure_clocks_Status_DueDate",
                table: "procedure_clocks",
                columns: new[] { "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_procedure_instances_RegionCode_DefinitionKey_State",
                table: "procedure_instances",
                columns: new[] { "RegionCode", "DefinitionKey", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_procedure_instances_RegionCode_SubjectType_SubjectId",
                table: "procedure_instances",
                columns: new[] { "RegionCode", "SubjectType", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_procedure_steps_InstanceId_Sequence",
                table: "procedure_steps",
                columns: new[] { "InstanceId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_procedure_steps_RegionCode_On",
                table: "procedure_steps",
                columns: new[] { "RegionCode", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_public_comments_ConsultationId_Status",
                table: "public_comments",
                columns: new[] { "ConsultationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_public_comments_RegionCode_ReceivedAt",
                table: "public_comments",
                columns: new[] { "RegionCode", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_public_consultations_ClosesOn",
                table: "public_consultations",
                column: "ClosesOn");

            migrationBuilder.CreateIndex(
                name: "IX_public_consultations_RegionCode_OpensOn",
                table: "public_consultations",
                columns: new[] { "RegionCode", "OpensOn" });

            migrationBuilder.CreateIndex(
                name: "IX_public_consultations_SubjectType_SubjectId",
                table: "public_consultations",
                columns: new[] { "SubjectType", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_regions_ParentCode",
                table: "regions",
                column: "ParentCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "annual_report_sections");

            migrationBuilder.DropTable(
                name: "annual_report_settings");

            migrationBuilder.DropTable(
                name: "api_tokens");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "attachments");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "enforcement_case_evidence");

            migrationBuilder.DropTable(
                name: "enforcement_case_measures");

            migrationBuilder.DropTable(
                name: "enforcement_case_officers");

            migrationBuilder.DropTable(
                name: "enforcement_case_remedies");

            migrationBuilder.DropTable(
                name: "enforcement_discretion_standards");

            migrationBuilder.DropTable(
                name: "enforcement_flexible_measures");

            migrationBuilder.DropTable(
                name: "enforcement_inspections");

            migrationBuilder.DropTable(
                name: "enforcement_legal_review_catalog");

            migrationBuilder.DropTable(
                name: "enforcement_lenient_list_items");

            migrationBuilder.DropTable(
                name: "enforcement_matters");

            migrationBuilder.DropTable(
                name: "enforcement_officers");

            migrationBuilder.DropTable(
                name: "enforcement_payment_instalments");

            migrationBuilder.DropTable(
                name: "enforcement_publications");

            migrationBuilder.DropTable(
                name: "enforcement_training_sessions");

            migrationBuilder.DropTable(
                name: "fair_competition_answers");

            migrationBuilder.DropTable(
                name: "fair_competition_conclusions");

            migrationBuilder.DropTable(
                name: "fair_competition_settings");

            migrationBuilder.DropTable(
                name: "holiday_years");

            migrationBuilder.DropTable(
                name: "issued_numbers");

            migrationBuilder.DropTable(
                name: "known_permissions");

            migrationBuilder.DropTable(
                name: "legality_review_contract_milestones");

            migrationBuilder.DropTable(
                name: "legality_review_opinion_items");

            migrationBuilder.DropTable(
                name: "legality_review_term_settings");

            migrationBuilder.DropTable(
                name: "major_decision_catalog_items");

            migrationBuilder.DropTable(
                name: "major_decision_expert_opinions");

            migrationBuilder.DropTable(
                name: "major_decision_hearings");

            migrationBuilder.DropTable(
                name: "major_decision_meeting_views");

            migrationBuilder.DropTable(
                name: "major_decision_post_evaluations");

            migrationBuilder.DropTable(
                name: "major_decision_risk_assessments");

            migrationBuilder.DropTable(
                name: "normative_document_cleanup_items");

            migrationBuilder.DropTable(
                name: "normative_document_evaluations");

            migrationBuilder.DropTable(
                name: "number_counters");

            migrationBuilder.DropTable(
                name: "numbering_schemes");

            migrationBuilder.DropTable(
                name: "procedure_clock_adjustments");

            migrationBuilder.DropTable(
                name: "procedure_clock_alerts");

            migrationBuilder.DropTable(
                name: "procedure_steps");

            migrationBuilder.DropTable(
                name: "public_comments");

            migrationBuilder.DropTable(
                name: "regions");

            migrationBuilder.DropTable(
                name: "role_permissions");

            migrationBuilder.DropTable(
                name: "annual_reports");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "enforcement_inspection_draws");

            migrationBuilder.DropTable(
                name: "enforcement_lenient_lists");

            migrationBuilder.DropTable(
                name: "enforcement_agencies");

            migrationBuilder.DropTable(
                name: "enforcement_payment_arrangements");

            migrationBuilder.DropTable(
                name: "fair_competition_standards");

            migrationBuilder.DropTable(
                name: "fair_competition_reviews");

            migrationBuilder.DropTable(
                name: "legality_review_contracts");

            migrationBuilder.DropTable(
                name: "major_decision_catalogs");

            migrationBuilder.DropTable(
                name: "major_decision_meetings");

            migrationBuilder.DropTable(
                name: "normative_document_cleanups");

            migrationBuilder.DropTable(
                name: "normative_documents");

            migrationBuilder.DropTable(
                name: "procedure_clocks");

            migrationBuilder.DropTable(
                name: "public_consultations");

            migrationBuilder.DropTable(
                name: "enforcement_inspection_plans");

            migrationBuilder.DropTable(
                name: "enforcement_cases");

            migrationBuilder.DropTable(
                name: "fair_competition_standard_sets");

            migrationBuilder.DropTable(
                name: "legality_reviews");

            migrationBuilder.DropTable(
                name: "major_decisions");

            migrationBuilder.DropTable(
                name: "procedure_instances");
        }
    }
}
