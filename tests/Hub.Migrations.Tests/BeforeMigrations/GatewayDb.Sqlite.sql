CREATE TABLE "idempotency_records" (
    "PartnerId" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "RequestHash" TEXT NOT NULL,
    "AttemptId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "StatusCode" INTEGER NULL,
    "ResponseBody" BLOB NULL,
    "ContentType" TEXT NULL,
    "Location" TEXT NULL,
    CONSTRAINT "PK_idempotency_records" PRIMARY KEY ("PartnerId", "Key")
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


CREATE INDEX "IX_idempotency_records_CreatedAt" ON "idempotency_records" ("CreatedAt");


CREATE INDEX "IX_inbox_messages_ProcessedAt" ON "inbox_messages" ("ProcessedAt");


CREATE UNIQUE INDEX "IX_outbox_messages_MessageId" ON "outbox_messages" ("MessageId");


CREATE INDEX "IX_outbox_messages_SentAt_Sequence" ON "outbox_messages" ("SentAt", "Sequence");


