namespace Hub.Contracts.Matching;

/// <summary>A job seeker left matching: found work, moved, revoked consent, or other.</summary>
public record JobSeekerWithdrawn
{
    public required string SubjectPseudonym { get; init; }
    public required string JobAgencyId { get; init; }
    public required string Reason { get; init; }
    public required DateTime WithdrawnAt { get; init; }
}
