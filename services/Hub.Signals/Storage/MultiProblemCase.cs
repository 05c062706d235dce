namespace Hub.Signals.Storage;

/// <summary>Partners found signalling about the same resident or household; <see cref="Organisations"/> are those already told.</summary>
public sealed class MultiProblemCase
{
    public Guid Id { get; set; }
    /// <summary>"subject:" or "household:" plus the Hub pseudonym the signals share.</summary>
    public required string MatchKey { get; set; }
    public List<string> Organisations { get; set; } = [];
    public DateTime OpenedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
}
