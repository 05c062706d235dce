using System.ComponentModel.DataAnnotations;

namespace Hub.Gateway.Signals;

/// <summary>The recipient took over deliveries it pulled; they leave its list of new deliveries.</summary>
public sealed record AcknowledgementRequest
{
    /// <summary>Delivery ids from <c>GET /api/v1/signals/deliveries</c> (1 to 500).</summary>
    [Required]
    public Guid[]? DeliveryIds { get; init; }
}
