namespace Hub.Gateway.Signals;

/// <summary>One disclosure about the resident: which organisation learnt what kind of thing, when, and on which basis.</summary>
public sealed record DisclosureView
{
    public required string RecipientOrganisation { get; init; }
    public required string RecipientName { get; init; }
    /// <summary>The signal category, or "multi-problem" for a notice that other partners are involved.</summary>
    public required string Category { get; init; }
    public required DateTime DisclosedAt { get; init; }
    /// <summary>"consent" or the name of the legal basis.</summary>
    public required string Basis { get; init; }
    public required string PolicyVersion { get; init; }
    /// <summary>True when the signal was about another resident and named this one as a member of their household.</summary>
    public required bool AsHouseholdMember { get; init; }
}
