using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
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
                name: "IX_enforcement_legal_review_catalog_RegionCode_Active",
                table: "enforcement_legal_review_catalog",
                columns: new[] { "RegionCode", "Active" });

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
                name: "IX_regions_ParentCode",
                table: "regions",
                column: "ParentCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "enforcement_case_officers");

            migrationBuilder.DropTable(
                name: "enforcement_case_remedies");

            migrationBuilder.DropTable(
                name: "enforcement_discretion_standards");

            migrationBuilder.DropTable(
                name: "enforcement_legal_review_catalog");

            migrationBuilder.DropTable(
                name: "enforcement_matters");

            migrationBuilder.DropTable(
                name: "enforcement_officers");

            migrationBuilder.DropTable(
                name: "holiday_years");

            migrationBuilder.DropTable(
                name: "issued_numbers");

            migrationBuilder.DropTable(
                name: "known_permissions");

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
                name: "regions");

            migrationBuilder.DropTable(
                name: "role_permissions");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "enforcement_cases");

            migrationBuilder.DropTable(
                name: "enforcement_agencies");

            migrationBuilder.DropTable(
                name: "procedure_clocks");

            migrationBuilder.DropTable(
                name: "procedure_instances");
        }
    }
}
