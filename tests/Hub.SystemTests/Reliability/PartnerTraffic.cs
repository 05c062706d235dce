using System.Net;
using Hub.Client.Models;
using Hub.Pseudonymisation;
using Refit;

namespace Hub.SystemTests.Reliability;

/// <summary>
/// Four partners posting at once, each the way a careful partner system does: one Idempotency-Key per logical
/// request, asked again with the same key until the gateway answers 202. Only 202s count as accepted.
/// </summary>
internal sealed class PartnerTraffic(HubServices hub, TestResidents residents, string runId)
{
    public const string EmployerKey = SampleVacancies.EmployerKey;
    public const string HousingKey = "demo-housing-key-elkien";
    public const string JobAgencyKey = "demo-jobagency-key-werkplein";
    public const string JobAgencyId = "00000001821699180000";

    /// <summary>The gateway's pseudonyms, to count a job seeker under the Hub pseudonym job matching stores.</summary>
    private static readonly Pseudonymiser Pseudonyms = new(Convert.FromBase64String(HubServices.PseudonymisationKey));
    public const string MunicipalityKey = "demo-municipality-key-leeuwarden";
    /// <summary>Gemeente Leeuwarden: the debt team that receives every rent-arrears signal on the legal basis.</summary>
    public const string DebtTeamId = "00000001001608755000";

    /// <summary>
    /// A pause between one partner's requests: steady traffic that leaves the shared 2-core machine room for the broker's
    /// command-line tools and the restarts, rather than a saturating flood (the rate limit tests cover floods).
    /// </summary>
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(150);

    /// <summary>How long one logical request may keep being refused before the test gives up on the Hub.</summary>
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(3);

    public AcceptedRequests Accepted { get; } = new();

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Runs until <paramref name="stop"/> is cancelled; each partner finishes the request it is on.</summary>
    public Task RunAsync(CancellationToken stop)
    {
        var employer = hub.ClientFor(EmployerKey);
        var housing = hub.ClientFor(HousingKey);
        var agency = hub.ClientFor(JobAgencyKey);
        var municipality = hub.ClientFor(MunicipalityKey);
        return Task.WhenAll(
            Loop(stop, "vacancy", i =>
            {
                // Words between the numbers: digits joined by a space could read as a BSN, which the gateway refuses.
                var title = $"Load vacancy {runId} number {i}";
                var body = Vacancy(title);
                return async key => Accepted.Vacancies[(await employer.Vacancies.PublishAsync(body, key)).VacancyId] = title;
            }),
            Loop(stop, "job-seeker", i =>
            {
                var body = JobSeeker(residents.NextBsn());
                // Counted under the Hub pseudonym job matching stores; the agency is answered its own.
                return async key => Accepted.JobSeekers[Pseudonyms.SubjectFor(JobAgencyId, (await agency.JobSeekers.RegisterAsync(body, key)).SubjectPseudonym)!] = 0;
            }),
            Loop(stop, "consent", i =>
            {
                var body = Consent(residents.NextBsn());
                return async key => Accepted.Consents[(await municipality.Consents.RecordAsync(body, key)).ConsentId] = 0;
            }),
            Loop(stop, "signal", i =>
            {
                var body = RentArrears(residents.NextBsn(), i);
                return async key => Accepted.Signals[(await housing.Signals.RaiseAsync(body, key)).SignalId] = 0;
            }));
    }

    /// <summary>
    /// One partner's stream: request i is built once (same body) and sent with key "&lt;run&gt;-&lt;stream&gt;-i"
    /// until the gateway answers 202.
    /// </summary>
    private async Task Loop(CancellationToken stop, string stream, Func<int, Func<string, Task>> request)
    {
        await Task.Yield();
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var key = $"{runId}-{stream}-{i}";
            var send = request(i);
            var giveUp = DateTime.UtcNow + GiveUpAfter;
            while (!await Accepts(() => send(key)))
            {
                Accepted.CountRefusal();
                if (DateTime.UtcNow > giveUp)
                {
                    throw new TimeoutException($"Request {key} was refused for {GiveUpAfter.TotalMinutes} minutes.");
                }
                await Task.Delay(TimeSpan.FromMilliseconds(300), CancellationToken.None);
            }
            Accepted.CountAcceptance();
            await Task.Delay(Pace, CancellationToken.None);
        }
    }

    /// <summary>True once the call was answered 202; false when the Hub refused it or did not answer (then it is retried).</summary>
    private static async Task<bool> Accepts(Func<Task> call)
    {
        try
        {
            await call();
            return true;
        }
        catch (ApiException e) when (e.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new InvalidOperationException($"The test's own request was refused with {(int)e.StatusCode}: {e.Content}", e);
        }
#pragma warning disable CA1031 // every other failure is the Hub being unavailable: 503, 409 in progress, 429, no answer, open circuit
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    private static VacancyRequest Vacancy(string title) => SampleVacancies.Request(title) with { Positions = 1 };

    private static JobSeekerRequest JobSeeker(string bsn) => SampleJobSeekers.Request(bsn, "8924 AB");

    private static ConsentRequest Consent(string bsn) => new()
    {
        Bsn = bsn,
        Categories = ["youth-nuisance"],
        ToRole = "municipality",
        Purpose = "youth-care",
        ValidUntil = Today.AddYears(1),
    };

    private static SignalRequest RentArrears(string bsn, int i) => new()
    {
        Bsn = bsn,
        Category = "rent-arrears",
        Details = new Dictionary<string, string>
        {
            ["amount"] = $"{500 + i}.00",
            ["since"] = Today.AddMonths(-2).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["reminders-sent"] = "2",
        },
        OccurredOn = Today,
    };
}
