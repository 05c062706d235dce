using Hub.Contracts.Operations;

namespace Hub.Operations.Tests;

/// <summary>A test message shaped like the Hub's contracts: ids, descriptive fields, a postcode and personal fields.</summary>
public record ProbeRaised
{
    public required Guid ProbeId { get; init; }
    public required string Category { get; init; }
    public required string EmployerId { get; init; }
    public required string Postcode { get; init; }
    public required string SubjectPseudonym { get; init; }
    [Personal]
    public required string Reason { get; init; }
    public bool ShouldFail { get; init; }
}
