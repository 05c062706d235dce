namespace Hub.Contracts.Signals;

/// <summary>
/// A partner signals a concern about a resident. The gateway replaces the BSN with the subject pseudonym
/// and fills in the raising partner from its authentication; no BSN, name or address is on this message.
/// </summary>
public record SignalRaised
{
    public required Guid SignalId { get; init; }
    /// <summary>rent-arrears, energy-arrears, school-absence, drop-out-risk, youth-nuisance, housing-fraud or domestic-tension.</summary>
    public required string Category { get; init; }
    /// <summary>The gateway's keyed pseudonym of the resident ("ps-" + 32 hex).</summary>
    public required string SubjectPseudonym { get; init; }
    /// <summary>The gateway's pseudonym of the household, when the partner knows it; links signals about housemates.</summary>
    public string? HouseholdPseudonym { get; init; }
    /// <summary>Category-specific facts (e.g. amount and since for arrears), keyed by the field names of the signal policy.</summary>
    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>();
    public required DateOnly OccurredOn { get; init; }
    /// <summary>Organisation id (OIN) of the raising partner.</summary>
    public required string RaisedBy { get; init; }
    public required string RaisedByRole { get; init; }
    /// <summary>The focus area the signal belongs to; when absent the raising partner's areas count.</summary>
    public string? AreaId { get; init; }
    public required DateTime RaisedAt { get; init; }
}
