using Hub.Contracts.Matching;
using MassTransit;

namespace Hub.SystemTests;

internal static class SampleVacancies
{
    public const string EmployerKey = "demo-employer-key-installatie-oost";
    public const string EmployerId = "00000001820029336000";
    public const string OtherPartnerKey = "demo-housing-key-elkien";

    public static VacancyPublished Published(string title = "Leerling-installatiemonteur") => new()
    {
        VacancyId = NewId.NextGuid(),
        EmployerId = EmployerId,
        Title = title,
        OccupationCode = "7126",
        Postcode = "8925AB",
        HoursPerWeek = 32,
        Positions = 1,
        ClosingDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)),
        IsRecoveryJob = true,
        PublishedAt = DateTime.UtcNow,
    };

    public static object Request(string title) => new
    {
        title,
        occupationCode = "7126",
        postcode = "8925 AB",
        hoursPerWeek = 32,
        positions = 2,
        closingDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)),
        isRecoveryJob = true,
        requiredSkills = new[] { "technisch inzicht" },
    };
}
