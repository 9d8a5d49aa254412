using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ServicesPowerList : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "service_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    MatterId = table.Column<Guid>(type: "uuid", nullable: false),
                    MatterCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MatterName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Department = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CommittedDays = table.Column<int>(type: "integer", nullable: false),
                    StatutoryDays = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    VillageCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    ApplicantName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ApplicantPhoneProtected = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReceivedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CorrectionNoticeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MissingMaterials = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AcceptedWithDeficiency = table.Column<bool>(type: "boolean", nullable: false),
                    DeficiencyDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DeficiencySuppliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RejectedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RejectionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ExtensionDays = table.Column<int>(type: "integer", nullable: false),
                    ExtensionApprover = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ExtensionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CommittedDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StatutoryDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    OverCommitted = table.Column<bool>(type: "boolean", nullable: false),
                    OverStatutory = table.Column<bool>(type: "boolean", nullable: false),
                    CertificateDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CertificateIssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DeliveredOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "service_matters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Department = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    StatutoryDays = table.Column<int>(type: "integer", nullable: false),
                    CommittedDays = table.Column<int>(type: "integer", nullable: false),
                    Materials = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    FeeFen = table.Column<long>(type: "bigint", nullable: false),
                    Channels = table.Column<int>(type: "integer", nullable: false),
                    VillageAccepted = table.Column<bool>(type: "boolean", nullable: false),
                    Category = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    ListedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RemovedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_matters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "service_queue_categories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Letter = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_queue_categories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "service_ratings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Department = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    WindowNumber = table.Column<int>(type: "integer", nullable: true),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    RatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RealName = table.Column<bool>(type: "boolean", nullable: false),
                    RaterPhoneProtected = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    VerifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Verification = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    RectifyDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RectifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Rectification = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CalledBackOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CallbackNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AppealedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AppealReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AppealDecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AppealOutcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Counts = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_ratings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "service_settings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    WaitOvertimeMinutes = table.Column<int>(type: "integer", nullable: false),
                    RectifyWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    BasicCountsAsGood = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "service_ticket_imports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Rows = table.Column<int>(type: "integer", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_ticket_imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "service_tickets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ServiceDay = table.Column<DateOnly>(type: "date", nullable: false),
                    Category = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CalledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    WaitSeconds = table.Column<int>(type: "integer", nullable: true),
                    WindowNumber = table.Column<int>(type: "integer", nullable: true),
                    TargetWindow = table.Column<int>(type: "integer", nullable: true),
                    Recalls = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ImportId = table.Column<Guid>(type: "uuid", nullable: true),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_tickets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "service_windows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Categories = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    Comprehensive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_windows", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "service_application_exclusions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_application_exclusions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_service_application_exclusions_service_applications_Applica~",
                        column: x => x.ApplicationId,
                        principalTable: "service_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "service_applications");
        }
    }
}
