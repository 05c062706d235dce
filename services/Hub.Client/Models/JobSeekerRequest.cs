namespace Hub.Client.Models;

/// <summary>
/// A job seeker the job agency registers or updates (POST /api/v1/job-seekers). The gateway swaps the
/// BSN for a pseudonym before anything is stored or published, and answers with that pseudonym.
/// </summary>
public sealed record JobSeekerRequest
{
    /// <summary>Citizen service number: 9 digits passing the 11-check.</summary>
    public required string Bsn { get; init; }
    /// <summary>Dutch postcode of the home address, e.g. "8924 AB".</summary>
    public required string Postcode { get; init; }
    /// <summary>1 to 10 ISCO-08 4-digit codes.</summary>
    public required IReadOnlyList<string> TargetOccupations { get; init; }
    public IReadOnlyList<string>? Skills { get; init; }
    public IReadOnlyList<string>? Languages { get; init; }
    public IReadOnlyList<string>? Licences { get; init; }
    /// <summary>1 to 48.</summary>
    public required int HoursMin { get; init; }
    /// <summary>1 to 48, at least <see cref="HoursMin"/>.</summary>
    public required int HoursMax { get; init; }
    /// <summary>Within a year from today.</summary>
    public required DateOnly AvailableFrom { get; init; }
    /// <summary>0 to 200 km.</summary>
    public required int MaxTravelKm { get; init; }
    /// <summary>e.g. "mbo-2".</summary>
    public string? EducationLevel { get; init; }
    /// <summary>none, ww, bijstand, wajong, wia or other.</summary>
    public required string BenefitType { get; init; }
    /// <summary>Start of the current benefit; only with a benefit type other than none.</summary>
    public DateOnly? BenefitSince { get; init; }
    /// <summary>Consent to share the profile with employers; without it there are no proposals.</summary>
    public required bool ConsentToShare { get; init; }
    public bool? IsStudent { get; init; }
    /// <summary>A graduate with a job guarantee (priority for recovery jobs).</summary>
    public bool? HasJobGuarantee { get; init; }
    /// <summary>Date by which a learn-work (BBL) place is needed.</summary>
    public DateOnly? LearnWorkDeadline { get; init; }

    // The BSN must not reach a log through ToString.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Bsn = [redacted]");
        return true;
    }
}
