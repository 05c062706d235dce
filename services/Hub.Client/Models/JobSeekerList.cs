namespace Hub.Client.Models;

/// <summary>The job seekers or students you registered, newest first (by their latest registration or update), at most 200.</summary>
public sealed record JobSeekerList
{
    public IReadOnlyList<JobSeekerSummary> JobSeekers { get; init; } = [];
}
