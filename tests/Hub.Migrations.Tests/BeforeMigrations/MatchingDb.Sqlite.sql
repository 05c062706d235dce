CREATE TABLE "inbox_messages" (
    "MessageId" TEXT NOT NULL,
    "Consumer" TEXT NOT NULL,
    "ProcessedAt" TEXT NOT NULL,
    CONSTRAINT "PK_inbox_messages" PRIMARY KEY ("MessageId", "Consumer")
);


CREATE TABLE "job_seekers" (
    "SubjectPseudonym" TEXT NOT NULL CONSTRAINT "PK_job_seekers" PRIMARY KEY,
    "JobAgencyId" TEXT NOT NULL,
    "Postcode" TEXT NOT NULL,
    "FocusAreaId" TEXT NULL,
    "TargetOccupations" TEXT NOT NULL,
    "Skills" TEXT NOT NULL,
    "Languages" TEXT NOT NULL,
    "Licences" TEXT NOT NULL,
    "HoursMin" INTEGER NOT NULL,
    "HoursMax" INTEGER NOT NULL,
    "AvailableFrom" TEXT NOT NULL,
    "MaxTravelKm" INTEGER NOT NULL,
    "EducationLevel" TEXT NULL,
    "Benefit" TEXT NOT NULL,
    "BenefitSince" TEXT NULL,
    "ConsentToShare" INTEGER NOT NULL,
    "IsStudent" INTEGER NOT NULL,
    "HasJobGuarantee" INTEGER NOT NULL,
    "LearnWorkDeadline" TEXT NULL,
    "IsWithdrawn" INTEGER NOT NULL,
    "OpenProposals" INTEGER NOT NULL,
    "RegisteredAt" TEXT NOT NULL,
    "IndexVersion" INTEGER NOT NULL
);


CREATE TABLE "outbox_messages" (
    "Sequence" INTEGER NOT NULL CONSTRAINT "PK_outbox_messages" PRIMARY KEY AUTOINCREMENT,
    "MessageId" TEXT NOT NULL,
    "MessageType" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "ConversationId" TEXT NULL,
    "CorrelationId" TEXT NULL,
    "InitiatorId" TEXT NULL,
    "TraceParent" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "SentAt" TEXT NULL
);


CREATE TABLE "proposals" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_proposals" PRIMARY KEY,
    "VacancyId" TEXT NOT NULL,
    "EmployerId" TEXT NOT NULL,
    "SubjectPseudonym" TEXT NOT NULL,
    "FocusAreaId" TEXT NULL,
    "Rank" INTEGER NOT NULL,
    "IsPriority" INTEGER NOT NULL,
    "Score" INTEGER NOT NULL,
    "Reasons" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "ContactName" TEXT NULL,
    "ContactPhone" TEXT NULL,
    "ContactEmail" TEXT NULL,
    "ProposedAt" TEXT NOT NULL,
    "AnsweredAt" TEXT NULL,
    "PlacedAt" TEXT NULL
);


CREATE TABLE "vacancies" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_vacancies" PRIMARY KEY,
    "EmployerId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "OccupationCode" TEXT NOT NULL,
    "Postcode" TEXT NOT NULL,
    "FocusAreaId" TEXT NULL,
    "HoursPerWeek" INTEGER NOT NULL,
    "Positions" INTEGER NOT NULL,
    "ClosingDate" TEXT NOT NULL,
    "IsRecoveryJob" INTEGER NOT NULL,
    "IsLearnWorkPlace" INTEGER NOT NULL,
    "HasWageCostCompensation" INTEGER NOT NULL,
    "RequiredSkills" TEXT NOT NULL,
    "NiceToHaveSkills" TEXT NOT NULL,
    "RequiredLicences" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "PublishedAt" TEXT NOT NULL,
    "RegisteredAt" TEXT NOT NULL,
    "IndexVersion" INTEGER NOT NULL
);


CREATE INDEX "IX_inbox_messages_ProcessedAt" ON "inbox_messages" ("ProcessedAt");


CREATE INDEX "IX_job_seekers_IndexVersion" ON "job_seekers" ("IndexVersion");


CREATE UNIQUE INDEX "IX_outbox_messages_MessageId" ON "outbox_messages" ("MessageId");


CREATE INDEX "IX_outbox_messages_SentAt_Sequence" ON "outbox_messages" ("SentAt", "Sequence");


CREATE INDEX "IX_proposals_SubjectPseudonym_Status" ON "proposals" ("SubjectPseudonym", "Status");


CREATE UNIQUE INDEX "IX_proposals_VacancyId_SubjectPseudonym" ON "proposals" ("VacancyId", "SubjectPseudonym");


CREATE INDEX "IX_vacancies_EmployerId" ON "vacancies" ("EmployerId");


CREATE INDEX "IX_vacancies_IndexVersion" ON "vacancies" ("IndexVersion");


