namespace Hub.JobMatching.Matching;

/// <summary>A vacancy prepared for matching. Unknown terms are <see cref="Vocabulary.Unknown"/> and match no one.</summary>
internal sealed class VacancyEntry(
    VacancyProfile profile, int occupation, int minorGroup, int[] requiredSkills, int[] niceToHaveSkills, int[] requiredLicences, Position? workplace)
{
    public VacancyProfile Profile { get; } = profile;
    public int Occupation { get; } = occupation;
    public int MinorGroup { get; } = minorGroup;
    public int[] RequiredSkills { get; } = requiredSkills;
    public int[] NiceToHaveSkills { get; } = niceToHaveSkills;
    public int[] RequiredLicences { get; } = requiredLicences;
    /// <summary>The centroid of the vacancy's postcode; null when it cannot be located.</summary>
    public Position? Workplace { get; } = workplace;
    /// <summary>A seeker must be available by this date: the start date, or else the closing date.</summary>
    public DateOnly AvailableBy { get; } = profile.StartDate ?? profile.ClosingDate;
    /// <summary>Open: the closing date has not passed and a position is left.</summary>
    public bool IsOpenOn(DateOnly today) => Profile.ClosingDate >= today && Profile.Positions >= 1;
}
