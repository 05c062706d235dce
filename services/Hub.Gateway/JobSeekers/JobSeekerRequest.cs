using System.ComponentModel.DataAnnotations;
using System.Text;

namespace Hub.Gateway.JobSeekers;

/// <summary>
/// A job seeker as the job agency registers (or updates) them. The BSN is replaced by a pseudonym
/// in the gateway and goes no further. Everything is optional here so that a missing field gets a named error.
/// </summary>
public sealed record JobSeekerRequest
{
    /// <summary>Citizen service number: 9 digits passing the 11-check. Never stored, published, logged or returned.</summary>
    /// <example>111222333</example>
    [Required]
    public string? Bsn { get; init; }
    /// <summary>Dutch postcode of the home address.</summary>
    /// <example>8924 AB</example>
    [Required]
    public string? Postcode { get; init; }
    /// <summary>Occupations sought, ISCO-08 4-digit codes (1 to 10).</summary>
    /// <example>["7126", "9112"]</example>
    [Required]
    public string[]? TargetOccupations { get; init; }
    /// <example>["technisch inzicht", "vca"]</example>
    public string[]? Skills { get; init; }
    /// <example>["nederlands b1", "engels a2"]</example>
    public string[]? Languages { get; init; }
    /// <example>["b"]</example>
    public string[]? Licences { get; init; }
    /// <summary>Fewest hours a week wanted, 1 to 48.</summary>
    /// <example>24</example>
    [Required]
    public int? HoursMin { get; init; }
    /// <summary>Most hours a week wanted, 1 to 48, at least <see cref="HoursMin"/>.</summary>
    /// <example>36</example>
    [Required]
    public int? HoursMax { get; init; }
    /// <example>2026-09-01</example>
    [Required]
    public DateOnly? AvailableFrom { get; init; }
    /// <summary>Furthest travel distance in km, 0 to 200.</summary>
    /// <example>15</example>
    [Required]
    public int? MaxTravelKm { get; init; }
    /// <example>mbo-2</example>
    public string? EducationLevel { get; init; }
    /// <summary>none, ww, bijstand, wajong, wia or other.</summary>
    /// <example>bijstand</example>
    [Required]
    public string? BenefitType { get; init; }
    /// <summary>Start of the current benefit; only with a benefit type other than none.</summary>
    /// <example>2024-03-01</example>
    public DateOnly? BenefitSince { get; init; }
    /// <summary>The job seeker consents to sharing the profile with employers. Required: without it there are no proposals.</summary>
    /// <example>true</example>
    [Required]
    public bool? ConsentToShare { get; init; }
    public bool? IsStudent { get; init; }
    /// <summary>A graduate with a job guarantee (priority for recovery jobs).</summary>
    public bool? HasJobGuarantee { get; init; }
    /// <summary>Date by which a learn-work (BBL) place is needed.</summary>
    public DateOnly? LearnWorkDeadline { get; init; }

    // Records print every property; this one prints none, so the BSN cannot reach a log through ToString.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Bsn = [redacted]");
        return true;
    }
}
