using System.Text;
using System.Text.Json;
using Hub.Operations.Storage;
using RabbitMQ.Client;

namespace Hub.Operations.Failures;

/// <summary>Turns a message from an error queue (MassTransit's MT-Fault-* headers, its JSON envelope) into a <see cref="FailedMessage"/>, and back.</summary>
internal static class ErrorQueueMessage
{
    /// <summary>Headers MassTransit adds when it moves a message to the error queue; a retry removes them.</summary>
    private static readonly string[] FaultHeaderPrefixes = ["MT-Fault-", "MT-Reason", "MT-Host-"];

    public static FailedMessage Read(string queue, IReadOnlyBasicProperties properties, ReadOnlyMemory<byte> body)
    {
        var headers = (properties.Headers ?? new Dictionary<string, object?>())
            .ToDictionary(h => h.Key, h => Text(h.Value), StringComparer.Ordinal);
        var (envelopeMessageId, messageType, conversationId) = Envelope(body);
        var failedAt = DateTime.TryParse(headers.GetValueOrDefault("MT-Fault-Timestamp"), null, System.Globalization.DateTimeStyles.AdjustToUniversal, out var at)
            ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : DateTime.UtcNow;
        var messageId = Guid.TryParse(properties.MessageId, out var id) ? id : envelopeMessageId ?? Guid.NewGuid();
        return new FailedMessage
        {
            Id = Guid.NewGuid(),
            MessageId = messageId,
            MessageType = messageType ?? headers.GetValueOrDefault("MT-MessageType") ?? "unknown",
            Queue = queue,
            ExceptionType = headers.GetValueOrDefault("MT-Fault-ExceptionType") ?? "unknown",
            ExceptionMessage = Hub.ServiceDefaults.Audit.MessageFacts.Scrub(headers.GetValueOrDefault("MT-Fault-Message") ?? ""),
            StackTrace = headers.GetValueOrDefault("MT-Fault-StackTrace") is { } trace ? Hub.ServiceDefaults.Audit.MessageFacts.Scrub(trace) : null,
            ConsumerType = headers.GetValueOrDefault("MT-Fault-ConsumerType"),
            ConversationId = conversationId,
            FailedAt = failedAt,
            LastFailedAt = failedAt,
            FailureCount = 1,
            Status = FailedMessageStatus.Unresolved,
            Headers = JsonSerializer.Serialize(headers),
            ContentType = properties.ContentType,
            Body = body.ToArray(),
        };
    }

    /// <summary>The original headers without MassTransit's fault headers, plus a mark that the console retried it.</summary>
    public static Dictionary<string, object?> RetryHeaders(FailedMessage message, DateTime retriedAt)
    {
        var headers = JsonSerializer.Deserialize<Dictionary<string, string?>>(message.Headers) ?? [];
        var kept = headers.Where(h => !FaultHeaderPrefixes.Any(p => h.Key.StartsWith(p, StringComparison.Ordinal)))
            .ToDictionary(h => h.Key, h => (object?)h.Value, StringComparer.Ordinal);
        kept["MT-Hub-Retried-At"] = retriedAt.ToString("O");
        return kept;
    }

    private static (Guid? MessageId, string? MessageType, Guid? ConversationId) Envelope(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            Guid? Id(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && Guid.TryParse(v.GetString(), out var g) ? g : null;
            var type = root.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array && types.GetArrayLength() > 0
                ? types[0].GetString()?.Replace("urn:message:", "", StringComparison.Ordinal).Replace(':', '.')
                : null;
            return (Id("messageId"), type, Id("conversationId"));
        }
        catch (JsonException)
        {
            return (null, null, null);
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };
}
