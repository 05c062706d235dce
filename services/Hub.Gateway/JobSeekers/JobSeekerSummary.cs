namespace Hub.Gateway.JobSeekers;

/// <summary>One of the caller's job seekers or students in its list.</summary>
public sealed record JobSeekerSummary
{
    /// <summary>The caller's own pseudonym for the job seeker, as the registration answer gave it.</summary>
    public required string SubjectPseudonym { get; init; }
    /// <summary>Normalised, e.g. "8925AB".</summary>
    public required string Postcode { get; init; }
    public required IReadOnlyList<string> TargetOccupations { get; init; }
    public required DateOnly AvailableFrom { get; init; }
    /// <summary>active, or withdrawn (a new registration makes them active again).</summary>
    public required string Status { get; init; }
    /// <summary>When the gateway accepted the latest registration or update (UTC).</summary>
    public required DateTime RegisteredAt { get; init; }
    /// <summary>How many proposals job matching made to them, whatever became of them.</summary>
    public required int Proposals { get; init; }
}
