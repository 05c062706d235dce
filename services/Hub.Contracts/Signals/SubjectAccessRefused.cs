namespace Hub.Contracts.Signals;

/// <summary>The asking role may not read disclosures (only the roles the signal policy names may).</summary>
[Read]
public record SubjectAccessRefused
{
    public required string SubjectPseudonym { get; init; }
    public required string Reason { get; init; }
}
