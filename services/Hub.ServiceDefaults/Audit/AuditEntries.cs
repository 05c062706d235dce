using System.Diagnostics;
using Hub.Contracts.Operations;
using MassTransit;

namespace Hub.ServiceDefaults.Audit;

/// <summary>Builds audit entries from MassTransit contexts; the observers only decide when.</summary>
internal static class AuditEntries
{
    private const int MaxExceptionMessage = 500;

    /// <summary>The audit channel's own traffic is not audited, or every batch would cause another.</summary>
    public static bool IsAudited(Type messageType) => messageType != typeof(AuditBatch);

    public static AuditEntry Sent<T>(SendContext<T> context, string stage)
        where T : class => new()
    {
        MessageId = context.MessageId ?? Guid.Empty,
        MessageType = TypeName(typeof(T)),
        Stage = stage,
        ConversationId = context.ConversationId,
        CorrelationId = context.CorrelationId,
        InitiatorId = context.InitiatorId,
        TraceId = TraceId(),
        Endpoint = LastSegment(context.DestinationAddress),
        OccurredAt = DateTime.UtcNow,
        SentAt = context.SentTime ?? DateTime.UtcNow,
        Facts = MessageFacts.Of(context.Message),
    };

    public static AuditEntry Consumed<T>(ConsumeContext<T> context, string stage, string? consumer = null, TimeSpan? duration = null, Exception? exception = null)
        where T : class => Received(context, TypeName(typeof(T)), stage, exception) with
    {
        Consumer = consumer,
        ProcessingMilliseconds = duration?.TotalMilliseconds,
        Facts = MessageFacts.Of(context.Message),
    };

    /// <summary>
    /// The retry filter runs before the message is dispatched by type, so a retry entry carries the envelope only;
    /// the other entries of the same message id hold its business facts.
    /// </summary>
    public static AuditEntry Retried(ConsumeContext context, Exception exception, int attempt) =>
        Received(context, MessageTypeName(context.SupportedMessageTypes.FirstOrDefault()) ?? "unknown", AuditStages.Retried, exception) with
        {
            RetryAttempt = attempt,
        };

    /// <summary>What every entry about a received message holds, from the envelope and the exception if any.</summary>
    private static AuditEntry Received(ConsumeContext context, string messageType, string stage, Exception? exception) => new()
    {
        MessageId = context.MessageId ?? Guid.Empty,
        MessageType = messageType,
        Stage = stage,
        ConversationId = context.ConversationId,
        CorrelationId = context.CorrelationId,
        InitiatorId = context.InitiatorId,
        TraceId = TraceId(),
        Endpoint = LastSegment(context.ReceiveContext.InputAddress),
        OccurredAt = DateTime.UtcNow,
        SentAt = context.SentTime,
        ExceptionType = exception?.GetBaseException().GetType().FullName,
        ExceptionMessage = exception is null ? null : Shorten(MessageFacts.Scrub(exception.GetBaseException().Message)),
    };

    private static string TypeName(Type type) => type.FullName ?? type.Name;

    /// <summary>"urn:message:Hub.Contracts.Matching:VacancyPublished" becomes "Hub.Contracts.Matching.VacancyPublished".</summary>
    private static string? MessageTypeName(string? urn) =>
        urn is null ? null : urn.Replace("urn:message:", "", StringComparison.Ordinal).Replace(':', '.');

    private static string? TraceId() => Activity.Current is { } activity ? activity.TraceId.ToHexString() : null;

    private static string? LastSegment(Uri? address) =>
        address is null ? null : address.AbsolutePath.TrimEnd('/').Split('/')[^1] is { Length: > 0 } last ? last : address.Host;

    private static string Shorten(string text) => text.Length <= MaxExceptionMessage ? text : text[..MaxExceptionMessage] + "...";
}
