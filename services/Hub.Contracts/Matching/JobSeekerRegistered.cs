namespace Hub.Contracts.Matching;

/// <summary>
/// The job agency registered or updated a job seeker. The subject is the gateway's keyed pseudonym
/// of the BSN; no BSN, name or contact detail is on this message.
/// </summary>
public record JobSeekerRegistered
{
    public required string SubjectPseudonym { get; init; }
    public required string JobAgencyId { get; init; }
    public required string Postcode { get; init; }
    public IReadOnlyList<string> TargetOccupations { get; init; } = [];
    public IReadOnlyList<string> Skills { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    public IReadOnlyList<string> Licences { get; init; } = [];
    public required int HoursMin { get; init; }
    public required int HoursMax { get; init; }
    public required DateOnly AvailableFrom { get; init; }
    public required int MaxTravelKm { get; init; }
    public string? EducationLevel { get; init; }
    /// <summary>none, ww, bijstand, wajong, wia or other.</summary>
    public required string BenefitType { get; init; }
    public DateOnly? BenefitSince { get; init; }
    public required bool ConsentToShare { get; init; }
    public bool IsStudent { get; init; }
    public bool HasJobGuarantee { get; init; }
    public DateOnly? LearnWorkDeadline { get; init; }
    public required DateTime RegisteredAt { get; init; }
}
