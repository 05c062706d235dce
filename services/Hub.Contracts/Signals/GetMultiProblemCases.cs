namespace Hub.Contracts.Signals;

/// <summary>A coordinator or partner pulls the multi-problem notifications addressed to it; answered with <see cref="MultiProblemCaseList"/>.</summary>
[Read]
public record GetMultiProblemCases
{
    public required string RecipientOrganisation { get; init; }
}
