namespace Hub.Contracts.Signals;

/// <summary>
/// A recipient closes a delivery with its outcome. The sender sees the outcome code only;
/// the note stays with the Hub and is never shown to the sender.
/// </summary>
public record SignalOutcomeReported
{
    public required Guid DeliveryId { get; init; }
    public required string ReportedBy { get; init; }
    /// <summary>help-started, quick-fix, unjustified, moved-away or other.</summary>
    public required string Outcome { get; init; }
    public string? Note { get; init; }
    public required DateTime ReportedAt { get; init; }
}
