using System.Text.Json.Serialization;

namespace Hub.Operations.Clients;

public sealed record QueueMessageStats
{
    [JsonPropertyName("publish_details")]
    public RateDetails? PublishDetails { get; init; }
    [JsonPropertyName("deliver_get_details")]
    public RateDetails? DeliverGetDetails { get; init; }
}
