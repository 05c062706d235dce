using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Operations.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KeyAreas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_key_areas",
                columns: table => new
                {
                    value = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    area_id = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_key_areas", x => x.value);
                });

            // The entities of the trail stored so far get the area their messages had (Guid ids only, not organisations).
            migrationBuilder.Sql("""
                INSERT INTO audit_key_areas (value, area_id)
                SELECT b.value, MIN(r.area_id) FROM audit_business_keys b JOIN audit_records r ON r.message_id = b.message_id
                WHERE r.area_id IS NOT NULL AND b.value LIKE '________-____-____-____-____________'
                GROUP BY b.value
                """);

            migrationBuilder.CreateIndex(
                name: "IX_audit_records_initiator_id",
                table: "audit_records",
                column: "initiator_id");

            migrationBuilder.CreateIndex(
                name: "IX_audit_business_keys_message_id",
                table: "audit_business_keys",
                column: "message_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_key_areas");

            migrationBuilder.DropIndex(
                name: "IX_audit_records_initiator_id",
                table: "audit_records");

            migrationBuilder.DropIndex(
                name: "IX_audit_business_keys_message_id",
                table: "audit_business_keys");
        }
    }
}
