using Hub.Client.Models;
using Hub.Contracts.Matching;

namespace Hub.LoadTests;

/// <summary>
/// Realistic partner traffic around Leeuwarden Oost: installation and care vacancies, job seekers on benefits in the focus
/// area, rent arrears. BSNs are made up (valid 11-check) and never printed.
/// </summary>
internal static class TrafficData
{
    /// <summary>Intake vacancies and half the seekers: installation work (ISCO minor group 712).</summary>
    public const string InstallationOccupation = "7126";
    /// <summary>Latency vacancies and the other half of the seekers: care work (group 532), so the latency phase always finds seekers with room.</summary>
    public const string CareOccupation = "5322";
    /// <summary>
    /// The wrk phase's vacancies: accountancy (group 241), which no seeker here seeks. wrk measures the gateway, and the
    /// thousands of vacancies it posts, partly matched before they are purged, used up the installation seekers' open
    /// proposal slots: by round 3 the intake's vacancies found no seeker with room and stored no proposals.
    /// </summary>
    public const string UnsoughtOccupation = "2411";

    private static readonly string[] FocusPostcodes = ["8921 AA", "8922 BC", "8923 CD", "8924 DE", "8925 AB", "8926 EF"];
    private static int _bsnCounter = 10_000_000;
    private static readonly System.Collections.Concurrent.ConcurrentBag<string> Issued = [];

    /// <summary>Every BSN the harness sent, to prove none of them reached a service's output.</summary>
    public static IReadOnlyCollection<string> IssuedBsns => Issued;

    public static VacancyRequest Vacancy(int n, string occupation) => new()
    {
        Title = occupation == CareOccupation ? $"Helpende zorg {n}" : $"Leerling-installatiemonteur {n}",
        OccupationCode = occupation,
        Postcode = FocusPostcodes[n % FocusPostcodes.Length],
        HoursPerWeek = 24 + n % 3 * 4,
        Positions = 1,
        ClosingDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)),
        IsRecoveryJob = n % 3 != 0,
        IsLearnWorkPlace = n % 10 == 0,
        RequiredSkills = n % 2 == 0 ? ["technisch inzicht"] : [],
        NiceToHaveSkills = ["samenwerken"],
    };

    /// <summary>The message the gateway publishes for <see cref="Vacancy"/>, for the MassTransit baseline.</summary>
    public static VacancyPublished Published() => new()
    {
        VacancyId = Guid.CreateVersion7(),
        EmployerId = "00000001820029336000",
        Title = "Leerling-installatiemonteur",
        OccupationCode = InstallationOccupation,
        Postcode = "8925AB",
        HoursPerWeek = 32,
        Positions = 1,
        ClosingDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)),
        IsRecoveryJob = true,
        RequiredSkills = ["technisch inzicht"],
        NiceToHaveSkills = ["samenwerken"],
        PublishedAt = DateTime.UtcNow,
    };

    public static JobSeekerRequest JobSeeker(int n) => new()
    {
        Bsn = NextBsn(),
        Postcode = FocusPostcodes[n % FocusPostcodes.Length],
        TargetOccupations = [n % 2 == 0 ? InstallationOccupation : CareOccupation],
        Skills = ["technisch inzicht", "samenwerken"],
        Languages = ["nederlands"],
        Licences = [],
        HoursMin = 16,
        HoursMax = 36,
        AvailableFrom = DateOnly.FromDateTime(DateTime.UtcNow),
        MaxTravelKm = 25,
        BenefitType = n % 4 == 0 ? "ww" : "bijstand",
        BenefitSince = DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(-(n % 48) - 1)),
        ConsentToShare = true,
    };

    /// <summary>Rent arrears about a new resident; <paramref name="marker"/> goes into the amount so the recipient's copy can be recognised.</summary>
    public static SignalRequest RentArrears(int marker) => new()
    {
        Bsn = NextBsn(),
        Category = "rent-arrears",
        Details = new Dictionary<string, string> { ["amount"] = $"{marker}.50", ["since"] = "2026-09-01", ["reminders-sent"] = "2" },
        OccurredOn = DateOnly.FromDateTime(DateTime.UtcNow),
    };

    public static string MarkerOf(IReadOnlyDictionary<string, string> details) => details.TryGetValue("amount", out var amount) ? amount : "";

    public static string MarkerFor(int marker) => $"{marker}.50";

    /// <summary>A fresh made-up BSN passing the 11-check (weights 9..2 and -1).</summary>
    public static string NextBsn()
    {
        while (true)
        {
            var body = Interlocked.Increment(ref _bsnCounter).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 8; i++)
            {
                sum += (body[i] - '0') * (9 - i);
            }
            var check = sum % 11;
            if (check < 10)
            {
                var bsn = body + (char)('0' + check);
                Issued.Add(bsn);
                return bsn;
            }
        }
    }
}
