namespace Hub.JobMatching.Matching;

/// <summary>
/// A seeker profile prepared for matching: ids instead of strings, position and travel limit
/// precomputed, and the fields every check reads copied here so a check touches one object.
/// </summary>
internal sealed class SeekerEntry(
    SeekerProfile profile, int[] occupations, int[] minorGroups, int[] skills, int[] licences, Position? home, FocusArea? area)
{
    public SeekerProfile Profile { get; } = profile;
    public string Pseudonym { get; } = profile.SubjectPseudonym;
    public int[] Occupations { get; } = occupations;
    /// <summary>Distinct minor groups (first 3 digits) of the target occupations.</summary>
    public int[] MinorGroups { get; } = minorGroups;
    /// <summary>Skills and languages.</summary>
    public int[] Skills { get; } = skills;
    public int[] Licences { get; } = licences;
    /// <summary>The centroid of the seeker's postcode; null when it cannot be located.</summary>
    public Position? Home { get; } = home;
    public FocusArea? Area { get; } = area;
    public int HoursMin { get; } = Math.Max(0, profile.HoursMin);
    public int HoursMax { get; } = Math.Max(Math.Max(0, profile.HoursMin), profile.HoursMax);
    public bool ConsentToShare { get; } = profile.ConsentToShare;
    public DateOnly AvailableFrom { get; } = profile.AvailableFrom;
    public int MaxTravelKm { get; } = profile.MaxTravelKm;
    /// <summary>The squared chord of <see cref="MaxTravelKm"/>: negative when no distance is acceptable.</summary>
    public double MaxChordSquared { get; } = profile.MaxTravelKm < 0 ? -1 : Position.ChordSquaredOfKm(profile.MaxTravelKm);
    public bool OnBenefits { get; } = profile.Benefit != BenefitType.None;
    public DateOnly? BenefitSince { get; } = profile.BenefitSince;
    public DateOnly? LearnWorkDeadline { get; } = profile.LearnWorkDeadline;
    public SeekerTraits Traits { get; } =
        (area is null ? 0 : SeekerTraits.FocusAreaResident)
        | (profile.Benefit == BenefitType.None ? 0 : SeekerTraits.OnBenefits)
        | (profile.IsStudent ? SeekerTraits.Student : 0)
        | (profile.HasJobGuarantee ? SeekerTraits.JobGuarantee : 0)
        | (profile.LearnWorkDeadline is null ? 0 : SeekerTraits.LearnWorkDeadline);
}
