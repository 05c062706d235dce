using System.ComponentModel.DataAnnotations;

namespace Hub.Gateway.Signals;

/// <summary>The recipient closes a delivery. The sender sees the outcome code, never the note.</summary>
public sealed record OutcomeRequest
{
    /// <summary>help-started, quick-fix, unjustified, moved-away or other.</summary>
    /// <example>help-started</example>
    [Required]
    public string? Outcome { get; init; }
    /// <summary>Optional note for the Hub's records (at most 2000 characters, no BSN); never shown to the sender.</summary>
    public string? Note { get; init; }
}
