using System.ComponentModel.DataAnnotations;
using System.Text;

namespace Hub.Gateway.JobSeekers;

/// <summary>A student a school registers for a learn-work (BBL) place or a first job; matched like a job seeker without benefits.</summary>
public sealed record StudentRequest
{
    /// <summary>Citizen service number: 9 digits passing the 11-check. Never stored, published, logged or returned.</summary>
    /// <example>123456782</example>
    [Required]
    public string? Bsn { get; init; }
    /// <example>8921 AA</example>
    [Required]
    public string? Postcode { get; init; }
    /// <summary>Occupations sought, ISCO-08 4-digit codes (1 to 10).</summary>
    /// <example>["7126"]</example>
    [Required]
    public string[]? TargetOccupations { get; init; }
    /// <example>20</example>
    [Required]
    public int? HoursMin { get; init; }
    /// <example>32</example>
    [Required]
    public int? HoursMax { get; init; }
    /// <example>2026-08-15</example>
    [Required]
    public DateOnly? AvailableFrom { get; init; }
    /// <example>10</example>
    [Required]
    public int? MaxTravelKm { get; init; }
    /// <summary>Graduating in a promising sector with a job guarantee.</summary>
    public bool? HasJobGuarantee { get; init; }
    /// <summary>Date by which a BBL place is needed, or the student loses a year.</summary>
    /// <example>2026-09-01</example>
    public DateOnly? LearnWorkDeadline { get; init; }
    /// <example>true</example>
    [Required]
    public bool? ConsentToShare { get; init; }

    /// <summary>The same profile as a job seeker: a student, without benefits.</summary>
    public JobSeekerRequest AsJobSeeker() => new()
    {
        Bsn = Bsn,
        Postcode = Postcode,
        TargetOccupations = TargetOccupations,
        HoursMin = HoursMin,
        HoursMax = HoursMax,
        AvailableFrom = AvailableFrom,
        MaxTravelKm = MaxTravelKm,
        BenefitType = "none",
        ConsentToShare = ConsentToShare,
        IsStudent = true,
        HasJobGuarantee = HasJobGuarantee,
        LearnWorkDeadline = LearnWorkDeadline,
    };

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Bsn = [redacted]");
        return true;
    }
}
