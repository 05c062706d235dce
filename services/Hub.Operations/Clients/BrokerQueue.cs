using System.Text.Json.Serialization;

namespace Hub.Operations.Clients;

/// <summary>One queue as the management API describes it.</summary>
public sealed record BrokerQueue
{
    [JsonPropertyName("name")]
    public required string Name { get; init; }
    [JsonPropertyName("messages")]
    public long Messages { get; init; }
    [JsonPropertyName("messages_ready")]
    public long MessagesReady { get; init; }
    [JsonPropertyName("messages_unacknowledged")]
    public long MessagesUnacknowledged { get; init; }
    [JsonPropertyName("consumers")]
    public int Consumers { get; init; }
    [JsonPropertyName("message_stats")]
    public QueueMessageStats? MessageStats { get; init; }
}
