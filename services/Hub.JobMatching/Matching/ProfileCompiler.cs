namespace Hub.JobMatching.Matching;

/// <summary>
/// Turns profiles into entries with shared vocabularies. Interning mutates, so the owner calls it under
/// its write lock; compiling an ad-hoc vacancy with <c>intern: false</c> only reads.
/// </summary>
internal sealed class ProfileCompiler(FocusAreas areas)
{
    private readonly Vocabulary occupations = new();
    private readonly Vocabulary minorGroups = new();
    private readonly Vocabulary skills = new();
    private readonly Vocabulary licences = new();

    public SeekerEntry Compile(SeekerProfile profile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(profile.SubjectPseudonym);
        var pc4 = Postcodes.Pc4Of(profile.Postcode);
        return new SeekerEntry(
            profile,
            occupations.Ids(profile.TargetOccupations, intern: true),
            minorGroups.Ids(profile.TargetOccupations.Select(MinorGroupOf), intern: true),
            skills.Ids(profile.Skills.Concat(profile.Languages), intern: true),
            licences.Ids(profile.Licences, intern: true),
            Locate(pc4),
            pc4 is { } code ? areas.AreaOf(code) : null);
    }

    public VacancyEntry Compile(VacancyProfile profile, bool intern)
    {
        var code = profile.OccupationCode ?? "";
        return new VacancyEntry(
            profile,
            intern ? occupations.Intern(code) : occupations.Find(code),
            intern ? minorGroups.Intern(MinorGroupOf(code)) : minorGroups.Find(MinorGroupOf(code)),
            skills.Ids(profile.RequiredSkills, intern),
            skills.Ids(profile.NiceToHaveSkills, intern),
            licences.Ids(profile.RequiredLicences, intern),
            Locate(Postcodes.Pc4Of(profile.Postcode)));
    }

    private Position? Locate(int? pc4) =>
        pc4 is { } code && areas.Locate(code) is { } point ? Position.Of(point) : null;

    /// <summary>The ISCO-08 minor group: the first 3 digits of a unit-group code.</summary>
    public static string MinorGroupOf(string code)
    {
        var trimmed = code.Trim();
        return trimmed.Length > 3 ? trimmed[..3] : trimmed;
    }
}
