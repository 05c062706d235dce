using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Signals.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SignalsBySender : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_signals_RaisedBy_RaisedAt",
                table: "signals",
                columns: new[] { "RaisedBy", "RaisedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_signals_RaisedBy_RaisedAt",
                table: "signals");
        }
    }
}
