using Hub.Client.Models;
using Hub.Portal.Pages.Vacancies;

namespace Hub.Portal.Pages.Seekers;

/// <summary>A job seeker (job agency) or student (school) as typed. The BSN goes to the gateway, which keeps only a pseudonym.</summary>
public sealed class SeekerForm
{
    public string? Bsn { get; set; }
    public string? Postcode { get; set; }
    public string? TargetOccupations { get; set; }
    public string? Skills { get; set; }
    public int? HoursMin { get; set; }
    public int? HoursMax { get; set; }
    public DateOnly? AvailableFrom { get; set; }
    public int? MaxTravelKm { get; set; }
    public string? BenefitType { get; set; } = "bijstand";
    public bool ConsentToShare { get; set; }

    public JobSeekerRequest ToJobSeeker() => new()
    {
        Bsn = Bsn?.Trim() ?? "",
        Postcode = Postcode ?? "",
        TargetOccupations = Terms.Split(TargetOccupations) ?? [],
        Skills = Terms.Split(Skills),
        HoursMin = HoursMin ?? 0,
        HoursMax = HoursMax ?? 0,
        AvailableFrom = AvailableFrom ?? default,
        MaxTravelKm = MaxTravelKm ?? -1,
        BenefitType = BenefitType ?? "",
        ConsentToShare = ConsentToShare,
    };

    public StudentRequest ToStudent() => new()
    {
        Bsn = Bsn?.Trim() ?? "",
        Postcode = Postcode ?? "",
        TargetOccupations = Terms.Split(TargetOccupations) ?? [],
        HoursMin = HoursMin ?? 0,
        HoursMax = HoursMax ?? 0,
        AvailableFrom = AvailableFrom ?? default,
        MaxTravelKm = MaxTravelKm ?? -1,
        ConsentToShare = ConsentToShare,
    };
}
