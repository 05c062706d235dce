namespace Hub.JobMatching.Matching;

/// <summary>
/// A job seeker as the matching engine sees it (fields of the Dutch matching standard). Identified only
/// by a pseudonym; never a BSN or contact details. Codes and skills are compared case-insensitively.
/// </summary>
public sealed record SeekerProfile
{
    public required string SubjectPseudonym { get; init; }
    public required string Postcode { get; init; }
    /// <summary>ISCO-08 unit-group codes (4 digits), e.g. "7126".</summary>
    public IReadOnlyList<string> TargetOccupations { get; init; } = [];
    public IReadOnlyList<string> Skills { get; init; } = [];
    /// <summary>Languages count as skills: vacancies list them there (e.g. "nederlands b1").</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];
    public IReadOnlyList<string> Licences { get; init; } = [];
    public int HoursMin { get; init; }
    public int HoursMax { get; init; }
    public DateOnly AvailableFrom { get; init; }
    public int MaxTravelKm { get; init; }
    /// <summary>Carried for the proposal; not scored, since vacancies state no education requirement.</summary>
    public string? EducationLevel { get; init; }
    public BenefitType Benefit { get; init; }
    public DateOnly? BenefitSince { get; init; }
    /// <summary>Consent to share the profile with employers. Without it the seeker is never ranked.</summary>
    public bool ConsentToShare { get; init; }
    /// <summary>Announced by a school: seeks a learn-work (BBL) place or a first job.</summary>
    public bool IsStudent { get; init; }
    /// <summary>The school's job guarantee for graduates in a promising sector (NPRZ practice).</summary>
    public bool HasJobGuarantee { get; init; }
    /// <summary>A student who needs a BBL place by this date (typically 1 September), or lose a year.</summary>
    public DateOnly? LearnWorkDeadline { get; init; }
}
