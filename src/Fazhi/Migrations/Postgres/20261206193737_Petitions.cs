using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Petitions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "petition_campaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_petition_campaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "petition_personal_data_reveals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    PetitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Field = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_petition_personal_data_reveals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "petition_reception_days",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Leader = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Hours = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_petition_reception_days", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "petition_reception_visits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ReceptionDayId = table.Column<Guid>(type: "uuid", nullable: true),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Leader = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Visitors = table.Column<int>(type: "integer", nullable: false),
                    VisitorNames = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Matter = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PetitionId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_petition_reception_visits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "petitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PetitionerName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    IdNumberCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IdNumberIndex = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PhoneCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PhoneIndex = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Visitors = table.Column<int>(type: "integer", nullable: false),
                    Representatives = table.Column<int>(type: "integer", nullable: false),
                    Matter = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Content = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    State = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ProcedureInstanceId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsRepeat = table.Column<bool>(type: "boolean", nullable: false),
                    RepeatOfId = table.Column<Guid>(type: "uuid", nullable: true),
                    RepeatOfNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    PriorFinal = table.Column<bool>(type: "boolean", nullable: false),
                    AcknowledgeDue = table.Column<DateOnly>(type: "date", nullable: false),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Residual = table.Column<bool>(type: "boolean", nullable: false),
                    HandlingUnit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AcknowledgedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RoutedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StatutoryChannel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DeclinedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HandleDue = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionDays = table.Column<int>(type: "integer", nullable: false),
                    ExtensionReason = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OpinionNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Facts = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Opinion = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    OpinionBasis = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    ReviewRequestDue = table.Column<DateOnly>(type: "date", nullable: true),
                    ReviewRequestedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReviewDue = table.Column<DateOnly>(type: "date", nullable: true),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReviewOutcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ReviewOpinion = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    RecheckRequestDue = table.Column<DateOnly>(type: "date", nullable: true),
                    RecheckRequestedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecheckDue = table.Column<DateOnly>(type: "date", nullable: true),
                    RecheckedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecheckOutcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    RecheckOpinion = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Rating = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    RatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    BaoAnLeader = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    BaoAnPlan = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    BaoAnTeam = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    BaoAnAssignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    BaoAnResolvedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: true),
                    CampaignAddedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_petitions", x => x.Id);
                });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
        }
    }
}
