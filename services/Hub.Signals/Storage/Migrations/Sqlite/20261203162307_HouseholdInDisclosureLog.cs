using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Signals.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HouseholdInDisclosureLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HouseholdPseudonym",
                table: "disclosure_log",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_log_HouseholdPseudonym_DecidedAt",
                table: "disclosure_log",
                columns: new[] { "HouseholdPseudonym", "DecidedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_disclosure_log_HouseholdPseudonym_DecidedAt",
                table: "disclosure_log");

            migrationBuilder.DropColumn(
                name: "HouseholdPseudonym",
                table: "disclosure_log");
        }
    }
}
