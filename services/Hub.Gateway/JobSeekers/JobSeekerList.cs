namespace Hub.Gateway.JobSeekers;

/// <summary>The job seekers or students the caller registered.</summary>
public sealed record JobSeekerList
{
    /// <summary>Newest first (by the latest registration or update), at most 200.</summary>
    public required IReadOnlyList<JobSeekerSummary> JobSeekers { get; init; }
}
