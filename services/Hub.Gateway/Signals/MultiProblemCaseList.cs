namespace Hub.Gateway.Signals;

/// <summary>The multi-problem notices addressed to the caller.</summary>
public sealed record MultiProblemCaseList
{
    public required string RecipientOrganisation { get; init; }
    /// <summary>The latest notification per open case, newest first.</summary>
    public required IReadOnlyList<MultiProblemDetected> Cases { get; init; }
}
