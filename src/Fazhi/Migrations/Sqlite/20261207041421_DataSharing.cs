using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DataSharing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "data_resources",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ShareType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ShareCondition = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    OpenType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UpdateCycle = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MetricKeys = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_resources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "data_sharing_reads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Figures = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_sharing_reads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "data_sharing_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ResourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Applicant = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    UsableFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UsableTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReplyDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Opinion = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    TokenHint = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    RevokedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_sharing_requests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_data_resources_RegionCode_Code",
                table: "data_resources",
                columns: new[] { "RegionCode", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_data_sharing_reads_RegionCode_RequestId_At",
                table: "data_sharing_reads",
                columns: new[] { "RegionCode", "RequestId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_data_sharing_requests_RegionCode_ReceivedOn",
                table: "data_sharing_requests",
                columns: new[] { "RegionCode", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_data_sharing_requests_RegionCode_ResourceId",
                table: "data_sharing_requests",
                columns: new[] { "RegionCode", "ResourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_data_sharing_requests_TokenHash",
                table: "data_sharing_requests",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "data_resources");

            migrationBuilder.DropTable(
                name: "data_sharing_reads");

            migrationBuilder.DropTable(
                name: "data_sharing_requests");
        }
    }
}
