namespace Hub.Client.Models;

/// <summary>Closes one of your deliveries. The sender sees the outcome code, never the note.</summary>
public sealed record OutcomeRequest
{
    /// <summary>help-started, quick-fix, unjustified, moved-away or other.</summary>
    public required string Outcome { get; init; }
    /// <summary>For the Hub's records: at most 2000 characters, no BSN.</summary>
    public string? Note { get; init; }
}
