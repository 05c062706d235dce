namespace Hub.Contracts.Partners;

/// <summary>
/// An operator (signed in at the console) asks one partner adapter for its imports, webhook deliveries and circuits.
/// Sent to the adapter's own queue ("housing-operations"), never published.
/// </summary>
[Read]
public record GetAdapterActivity
{
    /// <summary>Only deliveries in this state (pending, delivered, failed), or all.</summary>
    public string? DeliveryStatus { get; init; }
    /// <summary>Only deliveries to this partner organisation, or all.</summary>
    public string? PartnerOrganisation { get; init; }
    /// <summary>The console user, for the adapter's log.</summary>
    public required string RequestedBy { get; init; }
}
