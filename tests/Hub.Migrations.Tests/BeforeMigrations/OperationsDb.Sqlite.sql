CREATE TABLE "audit_business_keys" (
    "value" TEXT NOT NULL,
    "message_id" TEXT NOT NULL,
    CONSTRAINT "PK_audit_business_keys" PRIMARY KEY ("value", "message_id")
);


CREATE TABLE "audit_conversation_areas" (
    "conversation_id" TEXT NOT NULL CONSTRAINT "PK_audit_conversation_areas" PRIMARY KEY,
    "area_id" TEXT NOT NULL
);


CREATE TABLE "audit_records" (
    "id" INTEGER NOT NULL CONSTRAINT "PK_audit_records" PRIMARY KEY AUTOINCREMENT,
    "message_id" TEXT NOT NULL,
    "message_type" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "service" TEXT NOT NULL,
    "endpoint" TEXT NULL,
    "consumer" TEXT NULL,
    "conversation_id" TEXT NULL,
    "correlation_id" TEXT NULL,
    "initiator_id" TEXT NULL,
    "trace_id" TEXT NULL,
    "occurred_at" TEXT NOT NULL,
    "sent_at" TEXT NULL,
    "processing_ms" REAL NULL,
    "critical_ms" REAL NULL,
    "exception_type" TEXT NULL,
    "exception_message" TEXT NULL,
    "retry_attempt" INTEGER NULL,
    "facts" TEXT NULL,
    "area_id" TEXT NULL
);


CREATE TABLE "failed_messages" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_failed_messages" PRIMARY KEY,
    "MessageId" TEXT NOT NULL,
    "MessageType" TEXT NOT NULL,
    "Queue" TEXT NOT NULL,
    "ExceptionType" TEXT NOT NULL,
    "ExceptionMessage" TEXT NULL,
    "StackTrace" TEXT NULL,
    "ConsumerType" TEXT NULL,
    "ConversationId" TEXT NULL,
    "FailedAt" TEXT NOT NULL,
    "LastFailedAt" TEXT NOT NULL,
    "FailureCount" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "RetriedAt" TEXT NULL,
    "Headers" TEXT NOT NULL,
    "ContentType" TEXT NULL,
    "Body" BLOB NOT NULL
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


CREATE INDEX "IX_audit_records_area_id_occurred_at" ON "audit_records" ("area_id", "occurred_at");


CREATE INDEX "IX_audit_records_conversation_id" ON "audit_records" ("conversation_id");


CREATE INDEX "IX_audit_records_message_id" ON "audit_records" ("message_id");


CREATE INDEX "IX_audit_records_message_type_occurred_at" ON "audit_records" ("message_type", "occurred_at");


CREATE INDEX "IX_audit_records_occurred_at" ON "audit_records" ("occurred_at");


CREATE INDEX "IX_audit_records_service_occurred_at" ON "audit_records" ("service", "occurred_at");


CREATE INDEX "IX_audit_records_stage_occurred_at" ON "audit_records" ("stage", "occurred_at");


CREATE INDEX "IX_failed_messages_MessageId" ON "failed_messages" ("MessageId");


CREATE INDEX "IX_failed_messages_Status_ExceptionType_ConsumerType" ON "failed_messages" ("Status", "ExceptionType", "ConsumerType");


CREATE INDEX "IX_inbox_messages_ProcessedAt" ON "inbox_messages" ("ProcessedAt");


CREATE UNIQUE INDEX "IX_outbox_messages_MessageId" ON "outbox_messages" ("MessageId");


CREATE INDEX "IX_outbox_messages_SentAt_Sequence" ON "outbox_messages" ("SentAt", "Sequence");


