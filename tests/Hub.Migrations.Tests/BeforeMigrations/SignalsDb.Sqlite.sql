CREATE TABLE "case_notifications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_case_notifications" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "RecipientOrganisation" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "NotifiedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL
);


CREATE TABLE "consents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_consents" PRIMARY KEY,
    "SubjectPseudonym" TEXT NOT NULL,
    "Categories" TEXT NOT NULL,
    "FromOrganisation" TEXT NULL,
    "ToOrganisation" TEXT NULL,
    "ToRole" TEXT NULL,
    "Purpose" TEXT NOT NULL,
    "ValidFrom" TEXT NOT NULL,
    "ValidUntil" TEXT NOT NULL,
    "RecordedBy" TEXT NOT NULL,
    "RecordedAt" TEXT NOT NULL,
    "RevokedAt" TEXT NULL,
    "RevokedBy" TEXT NULL
);


CREATE TABLE "deliveries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_deliveries" PRIMARY KEY,
    "SignalId" TEXT NOT NULL,
    "RecipientOrganisation" TEXT NOT NULL,
    "RecipientPseudonym" TEXT NOT NULL,
    "RecipientHouseholdPseudonym" TEXT NULL,
    "Category" TEXT NOT NULL,
    "Details" TEXT NOT NULL,
    "OccurredOn" TEXT NOT NULL,
    "SenderOrganisation" TEXT NOT NULL,
    "Basis" TEXT NOT NULL,
    "Purpose" TEXT NOT NULL,
    "ConsentId" TEXT NULL,
    "DeliveredAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "AcknowledgedAt" TEXT NULL,
    "Outcome" TEXT NULL,
    "OutcomeNote" TEXT NULL,
    "OutcomeAt" TEXT NULL
);


CREATE TABLE "disclosure_log" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_disclosure_log" PRIMARY KEY AUTOINCREMENT,
    "Decision" TEXT NOT NULL,
    "SubjectPseudonym" TEXT NOT NULL,
    "RecipientOrganisation" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "Basis" TEXT NULL,
    "ConsentId" TEXT NULL,
    "Reason" TEXT NULL,
    "SignalId" TEXT NULL,
    "DeliveryId" TEXT NULL,
    "CaseId" TEXT NULL,
    "PolicyVersion" TEXT NOT NULL,
    "TraceId" TEXT NULL,
    "SpanId" TEXT NULL,
    "DecidedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL
);


CREATE TABLE "inbox_messages" (
    "MessageId" TEXT NOT NULL,
    "Consumer" TEXT NOT NULL,
    "ProcessedAt" TEXT NOT NULL,
    CONSTRAINT "PK_inbox_messages" PRIMARY KEY ("MessageId", "Consumer")
);


CREATE TABLE "multi_problem_cases" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_multi_problem_cases" PRIMARY KEY,
    "MatchKey" TEXT NOT NULL,
    "Organisations" TEXT NOT NULL,
    "OpenedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL
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


CREATE TABLE "pseudonym_links" (
    "RecipientOrganisation" TEXT NOT NULL,
    "RecipientPseudonym" TEXT NOT NULL,
    "SubjectPseudonym" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "LastUsedAt" TEXT NOT NULL,
    CONSTRAINT "PK_pseudonym_links" PRIMARY KEY ("RecipientOrganisation", "RecipientPseudonym")
);


CREATE TABLE "signals" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_signals" PRIMARY KEY,
    "Category" TEXT NOT NULL,
    "SubjectPseudonym" TEXT NULL,
    "HouseholdPseudonym" TEXT NULL,
    "RaisedBy" TEXT NOT NULL,
    "Areas" TEXT NOT NULL,
    "MultiProblem" INTEGER NOT NULL,
    "OccurredOn" TEXT NOT NULL,
    "RaisedAt" TEXT NOT NULL,
    "ReceivedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "RejectionReason" TEXT NULL,
    "PolicyVersion" TEXT NOT NULL
);


CREATE INDEX "IX_case_notifications_RecipientOrganisation_NotifiedAt" ON "case_notifications" ("RecipientOrganisation", "NotifiedAt");


CREATE INDEX "IX_consents_SubjectPseudonym" ON "consents" ("SubjectPseudonym");


CREATE INDEX "IX_deliveries_ExpiresAt" ON "deliveries" ("ExpiresAt");


CREATE INDEX "IX_deliveries_RecipientOrganisation_AcknowledgedAt" ON "deliveries" ("RecipientOrganisation", "AcknowledgedAt");


CREATE INDEX "IX_deliveries_SignalId" ON "deliveries" ("SignalId");


CREATE INDEX "IX_disclosure_log_ExpiresAt" ON "disclosure_log" ("ExpiresAt");


CREATE INDEX "IX_disclosure_log_SignalId" ON "disclosure_log" ("SignalId");


CREATE INDEX "IX_disclosure_log_SubjectPseudonym_DecidedAt" ON "disclosure_log" ("SubjectPseudonym", "DecidedAt");


CREATE INDEX "IX_inbox_messages_ProcessedAt" ON "inbox_messages" ("ProcessedAt");


CREATE INDEX "IX_multi_problem_cases_MatchKey" ON "multi_problem_cases" ("MatchKey");


CREATE UNIQUE INDEX "IX_outbox_messages_MessageId" ON "outbox_messages" ("MessageId");


CREATE INDEX "IX_outbox_messages_SentAt_Sequence" ON "outbox_messages" ("SentAt", "Sequence");


CREATE INDEX "IX_signals_ExpiresAt" ON "signals" ("ExpiresAt");


CREATE INDEX "IX_signals_HouseholdPseudonym_ReceivedAt" ON "signals" ("HouseholdPseudonym", "ReceivedAt");


CREATE INDEX "IX_signals_SubjectPseudonym_ReceivedAt" ON "signals" ("SubjectPseudonym", "ReceivedAt");


