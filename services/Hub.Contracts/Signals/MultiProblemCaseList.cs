namespace Hub.Contracts.Signals;

[Read]
public record MultiProblemCaseList
{
    public required string RecipientOrganisation { get; init; }
    /// <summary>The latest notification per open case, newest first.</summary>
    public required IReadOnlyList<MultiProblemDetected> Cases { get; init; }
}
