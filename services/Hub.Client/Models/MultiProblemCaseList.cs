namespace Hub.Client.Models;

/// <summary>The multi-problem notices addressed to the asking organisation: the latest per open case, newest first.</summary>
public sealed record MultiProblemCaseList
{
    public string RecipientOrganisation { get; init; } = "";
    public IReadOnlyList<MultiProblemDetected> Cases { get; init; } = [];
}
