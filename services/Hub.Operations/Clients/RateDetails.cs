using System.Text.Json.Serialization;

namespace Hub.Operations.Clients;

public sealed record RateDetails
{
    [JsonPropertyName("rate")]
    public double Rate { get; init; }
}
