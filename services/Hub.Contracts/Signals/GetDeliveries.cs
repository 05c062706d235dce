namespace Hub.Contracts.Signals;

/// <summary>A recipient pulls the signals delivered to it; answered with <see cref="DeliveryList"/>.</summary>
[Read]
public record GetDeliveries
{
    public required string RecipientOrganisation { get; init; }
    /// <summary>False: only deliveries not yet acknowledged.</summary>
    public bool IncludeAcknowledged { get; init; }
    public int MaxCount { get; init; } = 100;
}
