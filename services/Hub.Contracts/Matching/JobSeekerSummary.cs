namespace Hub.Contracts.Matching;

/// <summary>One job seeker or student in the registering partner's list, with the number of proposals made to them.</summary>
public record JobSeekerSummary
{
    /// <summary>The Hub pseudonym on the bus; the gateway shows each partner its own pseudonym ("pr-...") instead.</summary>
    public required string SubjectPseudonym { get; init; }
    public required string Postcode { get; init; }
    public required IReadOnlyList<string> TargetOccupations { get; init; }
    public required DateOnly AvailableFrom { get; init; }
    /// <summary>active or withdrawn.</summary>
    public required string Status { get; init; }
    /// <summary>When the latest registration or update was accepted.</summary>
    public required DateTime RegisteredAt { get; init; }
    /// <summary>Every proposal made to them, whatever became of it.</summary>
    public required int Proposals { get; init; }
}
