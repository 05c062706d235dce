namespace Hub.Contracts.Matching;

[Read]
public record JobSeekerList
{
    /// <summary>Newest first (by the latest registration or update), at most 200.</summary>
    public required IReadOnlyList<JobSeekerSummary> JobSeekers { get; init; }
}
