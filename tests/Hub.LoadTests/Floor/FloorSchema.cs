namespace Hub.LoadTests.Floor;

/// <summary>
/// The Hub's own tables that storing a vacancy writes, column for column and index for index as the services' EF Core
/// migrations create them (Hub.Gateway's idempotency_records; Hub.JobMatching's vacancies, proposals, inbox_messages),
/// so every row and index entry costs what it costs the Hub.
/// </summary>
internal static class FloorSchema
{
    public const string PostgresGateway = """
        CREATE TABLE idempotency_records (
            "PartnerId" character varying(20) NOT NULL, "Key" character varying(100) NOT NULL,
            "RequestHash" character varying(64) NOT NULL, "AttemptId" uuid NOT NULL, "CreatedAt" timestamp with time zone NOT NULL,
            "StatusCode" integer NULL, "ResponseBody" bytea NULL, "ContentType" character varying(200) NULL, "Location" character varying(500) NULL,
            CONSTRAINT "PK_idempotency_records" PRIMARY KEY ("PartnerId", "Key"));
        CREATE INDEX "IX_idempotency_records_CreatedAt" ON idempotency_records ("CreatedAt");
        """;

    public const string PostgresJobMatching = """
        CREATE TABLE vacancies (
            "Id" uuid NOT NULL, "EmployerId" character varying(20) NOT NULL, "Title" character varying(200) NOT NULL,
            "OccupationCode" character varying(6) NOT NULL, "Postcode" character varying(6) NOT NULL, "FocusAreaId" character varying(60) NULL,
            "HoursPerWeek" integer NOT NULL, "Positions" integer NOT NULL, "ClosingDate" date NOT NULL, "IsRecoveryJob" boolean NOT NULL,
            "IsLearnWorkPlace" boolean NOT NULL, "HasWageCostCompensation" boolean NOT NULL, "RequiredSkills" text[] NOT NULL,
            "NiceToHaveSkills" text[] NOT NULL, "RequiredLicences" text[] NOT NULL, "Status" character varying(20) NOT NULL,
            "PublishedAt" timestamp with time zone NOT NULL, "RegisteredAt" timestamp with time zone NOT NULL, "IndexVersion" bigint NOT NULL,
            CONSTRAINT "PK_vacancies" PRIMARY KEY ("Id"));
        CREATE INDEX "IX_vacancies_EmployerId" ON vacancies ("EmployerId");
        CREATE INDEX "IX_vacancies_IndexVersion" ON vacancies ("IndexVersion");
        CREATE TABLE proposals (
            "Id" uuid NOT NULL, "VacancyId" uuid NOT NULL, "EmployerId" character varying(20) NOT NULL,
            "SubjectPseudonym" character varying(100) NOT NULL, "FocusAreaId" character varying(60) NULL, "Rank" integer NOT NULL,
            "IsPriority" boolean NOT NULL, "Score" integer NOT NULL, "Reasons" text[] NOT NULL, "Status" character varying(20) NOT NULL,
            "ContactName" text NULL, "ContactPhone" text NULL, "ContactEmail" text NULL, "ProposedAt" timestamp with time zone NOT NULL,
            "AnsweredAt" timestamp with time zone NULL, "PlacedAt" timestamp with time zone NULL,
            CONSTRAINT "PK_proposals" PRIMARY KEY ("Id"));
        CREATE INDEX "IX_proposals_SubjectPseudonym_Status" ON proposals ("SubjectPseudonym", "Status");
        CREATE UNIQUE INDEX "IX_proposals_VacancyId_SubjectPseudonym" ON proposals ("VacancyId", "SubjectPseudonym");
        CREATE TABLE inbox_messages (
            "MessageId" uuid NOT NULL, "Consumer" character varying(200) NOT NULL, "ProcessedAt" timestamp with time zone NOT NULL,
            CONSTRAINT "PK_inbox_messages" PRIMARY KEY ("MessageId", "Consumer"));
        CREATE INDEX "IX_inbox_messages_ProcessedAt" ON inbox_messages ("ProcessedAt");
        """;

    public const string SqliteGateway = """
        CREATE TABLE idempotency_records (
            "PartnerId" TEXT NOT NULL, "Key" TEXT NOT NULL, "RequestHash" TEXT NOT NULL, "AttemptId" TEXT NOT NULL,
            "CreatedAt" TEXT NOT NULL, "StatusCode" INTEGER NULL, "ResponseBody" BLOB NULL, "ContentType" TEXT NULL, "Location" TEXT NULL,
            CONSTRAINT "PK_idempotency_records" PRIMARY KEY ("PartnerId", "Key"));
        CREATE INDEX "IX_idempotency_records_CreatedAt" ON idempotency_records ("CreatedAt");
        """;

    public const string SqliteJobMatching = """
        CREATE TABLE vacancies (
            "Id" TEXT NOT NULL CONSTRAINT "PK_vacancies" PRIMARY KEY, "EmployerId" TEXT NOT NULL, "Title" TEXT NOT NULL,
            "OccupationCode" TEXT NOT NULL, "Postcode" TEXT NOT NULL, "FocusAreaId" TEXT NULL, "HoursPerWeek" INTEGER NOT NULL,
            "Positions" INTEGER NOT NULL, "ClosingDate" TEXT NOT NULL, "IsRecoveryJob" INTEGER NOT NULL, "IsLearnWorkPlace" INTEGER NOT NULL,
            "HasWageCostCompensation" INTEGER NOT NULL, "RequiredSkills" TEXT NOT NULL, "NiceToHaveSkills" TEXT NOT NULL,
            "RequiredLicences" TEXT NOT NULL, "Status" TEXT NOT NULL, "PublishedAt" TEXT NOT NULL, "RegisteredAt" TEXT NOT NULL,
            "IndexVersion" INTEGER NOT NULL);
        CREATE INDEX "IX_vacancies_EmployerId" ON vacancies ("EmployerId");
        CREATE INDEX "IX_vacancies_IndexVersion" ON vacancies ("IndexVersion");
        CREATE TABLE proposals (
            "Id" TEXT NOT NULL CONSTRAINT "PK_proposals" PRIMARY KEY, "VacancyId" TEXT NOT NULL, "EmployerId" TEXT NOT NULL,
            "SubjectPseudonym" TEXT NOT NULL, "FocusAreaId" TEXT NULL, "Rank" INTEGER NOT NULL, "IsPriority" INTEGER NOT NULL,
            "Score" INTEGER NOT NULL, "Reasons" TEXT NOT NULL, "Status" TEXT NOT NULL, "ContactName" TEXT NULL, "ContactPhone" TEXT NULL,
            "ContactEmail" TEXT NULL, "ProposedAt" TEXT NOT NULL, "AnsweredAt" TEXT NULL, "PlacedAt" TEXT NULL);
        CREATE INDEX "IX_proposals_SubjectPseudonym_Status" ON proposals ("SubjectPseudonym", "Status");
        CREATE UNIQUE INDEX "IX_proposals_VacancyId_SubjectPseudonym" ON proposals ("VacancyId", "SubjectPseudonym");
        CREATE TABLE inbox_messages (
            "MessageId" TEXT NOT NULL, "Consumer" TEXT NOT NULL, "ProcessedAt" TEXT NOT NULL,
            CONSTRAINT "PK_inbox_messages" PRIMARY KEY ("MessageId", "Consumer"));
        CREATE INDEX "IX_inbox_messages_ProcessedAt" ON inbox_messages ("ProcessedAt");
        """;
}
