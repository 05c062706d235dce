using Hub.Client.Models;
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

    public static VacancyRequest Request(string title) => new()
    {
        Title = title,
        OccupationCode = "7126",
        Postcode = "8925 AB",
        HoursPerWeek = 32,
        Positions = 2,
        ClosingDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)),
        IsRecoveryJob = true,
        RequiredSkills = ["technisch inzicht"],
    };
}
