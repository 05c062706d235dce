namespace Hub.Client.Models;

/// <summary>One of your job seekers or students in your list.</summary>
public sealed record JobSeekerSummary
{
    /// <summary>Your own pseudonym for them, as the registration receipt gave it.</summary>
    public string SubjectPseudonym { get; init; } = "";
    /// <summary>Normalised, e.g. "8925AB".</summary>
    public string Postcode { get; init; } = "";
    public IReadOnlyList<string> TargetOccupations { get; init; } = [];
    public DateOnly AvailableFrom { get; init; }
    /// <summary>active, or withdrawn (a new registration makes them active again).</summary>
    public string Status { get; init; } = "";
    /// <summary>When the gateway accepted the latest registration or update (UTC).</summary>
    public DateTime RegisteredAt { get; init; }
    /// <summary>How many proposals were made to them, whatever became of them.</summary>
    public int Proposals { get; init; }
}
