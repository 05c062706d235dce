using Hub.Client.Models;

namespace Hub.SystemTests;

internal static class SampleJobSeekers
{
    /// <summary>A job seeker on social assistance for 14 months who wants to work as an installer (7126), matching <see cref="SampleVacancies.Request"/>.</summary>
    public static JobSeekerRequest Request(string bsn, string postcode) => new()
    {
        Bsn = bsn,
        Postcode = postcode,
        TargetOccupations = ["7126"],
        Skills = ["technisch inzicht"],
        Languages = ["nederlands"],
        Licences = [],
        HoursMin = 24,
        HoursMax = 36,
        AvailableFrom = DateOnly.FromDateTime(DateTime.UtcNow),
        MaxTravelKm = 25,
        BenefitType = "bijstand",
        BenefitSince = DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(-14)),
        ConsentToShare = true,
    };
}
