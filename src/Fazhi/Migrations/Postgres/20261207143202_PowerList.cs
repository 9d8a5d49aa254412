using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PowerList : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "power_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SubItem = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Basis = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Responsibilities = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Accountability = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Authority = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Handler = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_power_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "power_list_adjustments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Trigger = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    TriggerDescription = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    TriggeredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_power_list_adjustments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "power_item_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SubItem = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Basis = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Responsibilities = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Accountability = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Authority = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Handler = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AdjustmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_power_item_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_power_item_versions_power_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "power_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_power_item_versions_power_list_adjustments_AdjustmentId",
                        column: x => x.AdjustmentId,
                        principalTable: "power_list_adjustments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "power_list_adjustment_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    AdjustmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: true),
                    PreviousVersion = table.Column<int>(type: "integer", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SubItem = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Basis = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Responsibilities = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Accountability = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Authority = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Handler = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_power_list_adjustment_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_power_list_adjustment_changes_power_list_adjustments_Adjust~",
                        column: x => x.AdjustmentId,
                        principalTable: "power_list_adjustments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "power_list_adjustment_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    AdjustmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Opinion = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Passed = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_power_list_adjustment_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_power_list_adjustment_steps_power_list_adjustments_Adjustme~",
                        column: x => x.AdjustmentId,
                        principalTable: "power_list_adjustments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_power_item_versions_AdjustmentId",
                table: "power_item_versions",
                column: "AdjustmentId");

            migrationBuilder.CreateIndex(
                name: "IX_power_item_versions_ItemId",
                table: "power_item_versions",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_power_item_versions_RegionCode_EffectiveOn",
                table: "power_item_versions",
                columns: new[] { "RegionCode", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_power_item_versions_RegionCode_ItemId_Number",
                table: "power_item_versions",
                columns: new[] { "RegionCode", "ItemId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_power_items_RegionCode_Code",
                table: "power_items",
                columns: new[] { "RegionCode", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_power_items_RegionCode_Status_Type",
                table: "power_items",
                columns: new[] { "RegionCode", "Status", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_power_list_adjustment_changes_AdjustmentId",
                table: "power_list_adjustment_changes",
                column: "AdjustmentId");

            migrationBuilder.CreateIndex(
                name: "IX_power_list_adjustment_changes_RegionCode_AdjustmentId_Number",
                table: "power_list_adjustment_changes",
                columns: new[] { "RegionCode", "AdjustmentId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_power_list_adjustment_changes_RegionCode_ItemId",
                table: "power_list_adjustment_changes",
                columns: new[] { "RegionCode", "ItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_power_list_adjustment_steps_AdjustmentId",
                table: "power_list_adjustment_steps",
                column: "AdjustmentId");

            migrationBuilder.CreateIndex(
                name: "IX_power_list_adjustment_steps_RegionCode_AdjustmentId_Sequence",
                table: "power_list_adjustment_steps",
                columns: new[] { "RegionCode", "AdjustmentId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_power_list_adjustments_RegionCode_PublishedOn",
                table: "power_list_adjustments",
                columns: new[] { "RegionCode", "PublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_power_list_adjustments_RegionCode_TriggeredOn",
                table: "power_list_adjustments",
                columns: new[] { "RegionCode", "TriggeredOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "power_item_versions");

            migrationBuilder.DropTable(
                name: "power_list_adjustment_changes");

            migrationBuilder.DropTable(
                name: "power_list_adjustment_steps");

            migrationBuilder.DropTable(
                name: "power_items");

            migrationBuilder.DropTable(
                name: "power_list_adjustments");
        }
    }
}
