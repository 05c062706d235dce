using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.JobMatching.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class JobSeekersByPartner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_job_seekers_JobAgencyId_RegisteredAt",
                table: "job_seekers",
                columns: new[] { "JobAgencyId", "RegisteredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_job_seekers_JobAgencyId_RegisteredAt",
                table: "job_seekers");
        }
    }
}
