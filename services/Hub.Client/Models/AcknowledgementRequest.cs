namespace Hub.Client.Models;

/// <summary>You took over deliveries you pulled; they leave your list of new deliveries.</summary>
public sealed record AcknowledgementRequest
{
    /// <summary>1 to 500 delivery ids from <see cref="ISignalsApi.GetDeliveriesAsync"/>.</summary>
    public required IReadOnlyList<Guid> DeliveryIds { get; init; }
}
