using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Hub.JobMatching.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "job_seekers",
                columns: table => new
                {
                    SubjectPseudonym = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    JobAgencyId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Postcode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    FocusAreaId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    TargetOccupations = table.Column<List<string>>(type: "text[]", nullable: false),
                    Skills = table.Column<List<string>>(type: "text[]", nullable: false),
                    Languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    Licences = table.Column<List<string>>(type: "text[]", nullable: false),
                    HoursMin = table.Column<int>(type: "integer", nullable: false),
                    HoursMax = table.Column<int>(type: "integer", nullable: false),
                    AvailableFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    MaxTravelKm = table.Column<int>(type: "integer", nullable: false),
                    EducationLevel = table.Column<string>(type: "text", nullable: true),
                    Benefit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BenefitSince = table.Column<DateOnly>(type: "date", nullable: true),
                    ConsentToShare = table.Column<bool>(type: "boolean", nullable: false),
                    IsStudent = table.Column<bool>(type: "boolean", nullable: false),
                    HasJobGuarantee = table.Column<bool>(type: "boolean", nullable: false),
                    LearnWorkDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    IsWithdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    OpenProposals = table.Column<int>(type: "integer", nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IndexVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_job_seekers", x => x.SubjectPseudonym);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    MessageType = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    ConversationId = table.Column<Guid>(type: "uuid", nullable: true),
                    CorrelationId = table.Column<Guid>(type: "uuid", nullable: true),
                    InitiatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    TraceParent = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "proposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    VacancyId = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployerId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubjectPseudonym = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FocusAreaId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    IsPriority = table.Column<bool>(type: "boolean", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Reasons = table.Column<List<string>>(type: "text[]", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ContactName = table.Column<string>(type: "text", nullable: true),
                    ContactPhone = table.Column<string>(type: "text", nullable: true),
                    ContactEmail = table.Column<string>(type: "text", nullable: true),
                    ProposedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PlacedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_proposals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "vacancies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployerId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OccupationCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Postcode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    FocusAreaId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    HoursPerWeek = table.Column<int>(type: "integer", nullable: false),
                    Positions = table.Column<int>(type: "integer", nullable: false),
                    ClosingDate = table.Column<DateOnly>(type: "date", nullable: false),
                    IsRecoveryJob = table.Column<bool>(type: "boolean", nullable: false),
                    IsLearnWorkPlace = table.Column<bool>(type: "boolean", nullable: false),
                    HasWageCostCompensation = table.Column<bool>(type: "boolean", nullable: false),
                    RequiredSkills = table.Column<List<string>>(type: "text[]", nullable: false),
                    NiceToHaveSkills = table.Column<List<string>>(type: "text[]", nullable: false),
                    RequiredLicences = table.Column<List<string>>(type: "text[]", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IndexVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vacancies", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_inbox_messages_ProcessedAt",
                table: "inbox_messages",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_job_seekers_IndexVersion",
                table: "job_seekers",
                column: "IndexVersion");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_MessageId",
                table: "outbox_messages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_SentAt_Sequence",
                table: "outbox_messages",
                columns: new[] { "SentAt", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_proposals_SubjectPseudonym_Status",
                table: "proposals",
                columns: new[] { "SubjectPseudonym", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_proposals_VacancyId_SubjectPseudonym",
                table: "proposals",
                columns: new[] { "VacancyId", "SubjectPseudonym" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vacancies_EmployerId",
                table: "vacancies",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_vacancies_IndexVersion",
                table: "vacancies",
                column: "IndexVersion");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "job_seekers");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "proposals");

            migrationBuilder.DropTable(
                name: "vacancies");
        }
    }
}
