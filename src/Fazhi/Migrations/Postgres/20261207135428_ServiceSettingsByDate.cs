using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ServiceSettingsByDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_service_settings_RegionCode",
                table: "service_settings");

            migrationBuilder.AddColumn<DateOnly>(
                name: "EffectiveFrom",
                table: "service_settings",
                type: "date",
                nullable: false,
                // The settings saved before they were dated have been in force all along (ServiceSettings.Always).
                defaultValue: new DateOnly(2000, 1, 1));

            migrationBuilder.CreateIndex(
                name: "IX_service_settings_RegionCode_EffectiveFrom",
                table: "service_settings",
                columns: new[] { "RegionCode", "EffectiveFrom" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_service_settings_RegionCode_EffectiveFrom",
                table: "service_settings");

            migrationBuilder.DropColumn(
                name: "EffectiveFrom",
                table: "service_settings");

            migrationBuilder.CreateIndex(
                name: "IX_service_settings_RegionCode",
                table: "service_settings",
                column: "RegionCode",
                unique: true);
        }
    }
}
