CREATE TABLE "imports" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_imports" PRIMARY KEY,
    "PartnerId" TEXT NOT NULL,
    "ContentHash" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "RowsTotal" INTEGER NOT NULL,
    "RowsDone" INTEGER NOT NULL,
    "Report" TEXT NULL,
    "StartedAt" TEXT NOT NULL,
    "FinishedAt" TEXT NULL
);


CREATE TABLE "inbox_messages" (
    "MessageId" TEXT NOT NULL,
    "Consumer" TEXT NOT NULL,
    "ProcessedAt" TEXT NOT NULL,
    CONSTRAINT "PK_inbox_messages" PRIMARY KEY ("MessageId", "Consumer")
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


CREATE TABLE "registered_subjects" (
    "PartnerId" TEXT NOT NULL,
    "SubjectPseudonym" TEXT NOT NULL,
    "PartnerReference" TEXT NOT NULL,
    CONSTRAINT "PK_registered_subjects" PRIMARY KEY ("SubjectPseudonym", "PartnerId")
);


CREATE TABLE "webhook_deliveries" (
    "Sequence" INTEGER NOT NULL CONSTRAINT "PK_webhook_deliveries" PRIMARY KEY AUTOINCREMENT,
    "DeliveryId" TEXT NOT NULL,
    "PartnerId" TEXT NOT NULL,
    "EventType" TEXT NOT NULL,
    "Payload" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "NextAttemptAt" TEXT NOT NULL,
    "FirstFailedAt" TEXT NULL,
    "LastAttemptAt" TEXT NULL,
    "DeliveredAt" TEXT NULL,
    "LastError" TEXT NULL
);


CREATE UNIQUE INDEX "IX_imports_PartnerId_ContentHash" ON "imports" ("PartnerId", "ContentHash");


CREATE INDEX "IX_imports_PartnerId_Source" ON "imports" ("PartnerId", "Source");


CREATE INDEX "IX_inbox_messages_ProcessedAt" ON "inbox_messages" ("ProcessedAt");


CREATE UNIQUE INDEX "IX_outbox_messages_MessageId" ON "outbox_messages" ("MessageId");


CREATE INDEX "IX_outbox_messages_SentAt_Sequence" ON "outbox_messages" ("SentAt", "Sequence");


CREATE UNIQUE INDEX "IX_webhook_deliveries_DeliveryId" ON "webhook_deliveries" ("DeliveryId");


CREATE INDEX "IX_webhook_deliveries_PartnerId_Status_Sequence" ON "webhook_deliveries" ("PartnerId", "Status", "Sequence");


