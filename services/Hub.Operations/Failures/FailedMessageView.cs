namespace Hub.Operations.Failures;

/// <summary>A failed message for the console: the error and its status, never the body. <see cref="Outcome"/> is what happened after a retry.</summary>
public sealed record FailedMessageView(Guid Id, Guid MessageId, string MessageType, string Queue, string ExceptionType, string? ExceptionMessage,
    string? StackTrace, string? Consumer, Guid? ConversationId, DateTime FailedAt, DateTime LastFailedAt, int FailureCount, string Status,
    DateTime? RetriedAt, string? Outcome, string GroupId);
