using System.Globalization;
using Hub.Client.Models;
using Hub.Testing;
using Xunit.Abstractions;

namespace Hub.SystemTests;

/// <summary>
/// Two instances of job matching and two of signals compete on the same quorum queues and share their
/// PostgreSQL databases, under a concurrent stream of job seekers, vacancies and signals. Every effect
/// must happen exactly once: every vacancy stored, every seeker proposed up to the cap and never beyond,
/// no vacancy over its slots, one delivery per signal and recipient.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class Running_two_instances_of_each_worker(SystemRig rig, ITestOutputHelper output)
{
    private const string AgencyKey = "demo-jobagency-key-werkplein";
    private const string HousingKey = "demo-housing-key-elkien";
    private const string MunicipalityKey = "demo-municipality-key-leeuwarden";
    private const string MunicipalityId = "00000001001608755000";
    private const int Seekers = 10;
    private const int Vacancies = 12;
    private const int Signals = 24;
    /// <summary>Job matching's defaults: 3 proposals per position (2 positions each), 3 open proposals per seeker.</summary>
    private const int SlotsPerVacancy = 6;
    private const int CapPerSeeker = 3;

    [Fact]
    public async Task Applies_every_vacancy_proposal_and_delivery_exactly_once()
    {
        // The stream comes from one partner of each kind at once: a larger bucket than a partner normally gets.
        var roomyRateLimit = new Dictionary<string, string?> { ["Hub:Gateway:RateLimit:PermitsPerSecond"] = "200", ["Hub:Gateway:RateLimit:Burst"] = "200" };
        await using var hub = await HubServices.StartAsync(rig, output.WriteLine, Path.GetTempPath(), roomyRateLimit, withSignals: true, workerInstances: 2);
        var agency = hub.ClientFor(AgencyKey, Patient);
        var employer = hub.ClientFor(SampleVacancies.EmployerKey, Patient);
        var housing = hub.ClientFor(HousingKey, Patient);
        var municipality = hub.ClientFor(MunicipalityKey, Patient);
        var bsns = ElevenCheckNumbers().Take(Seekers + Signals).ToList();

        // Seekers, vacancies and signals arrive interleaved and several at a time, as from many partner systems at once.
        // Refit throws unless the gateway answered 2xx, so each receipt is an accepted message.
        var seekers = new string[Seekers];
        var vacancies = new Guid[Vacancies];
        var signals = new Guid[Signals];
        var stream = Enumerable.Range(0, Seekers).Select(i => (Func<Task>)(async () => seekers[i] = await RegisterSeeker(agency, bsns[i], i)))
            .Concat(Enumerable.Range(0, Vacancies).Select(i => (Func<Task>)(async () => vacancies[i] = await PostVacancy(employer, i))))
            .Concat(Enumerable.Range(0, Signals).Select(i => (Func<Task>)(async () => signals[i] = await RaiseArrears(housing, bsns[Seekers + i], i))))
            .OrderBy(_ => Random.Shared.Next())
            .ToList();
        await Parallel.ForEachAsync(stream, new ParallelOptions { MaxDegreeOfParallelism = 6 }, async (send, _) => await send());

        // Matching: capacity (10 seekers x 3) is below demand (12 vacancies x 6 slots), so every seeker must reach
        // the cap exactly; a lost engine update leaves one short, a race between instances puts one over.
        var perSeeker = new Dictionary<string, int>();
        await Eventually.True(async () =>
        {
            foreach (var seeker in seekers)
            {
                perSeeker[seeker] = (await agency.JobSeekers.GetProposalsAsync(seeker)).Proposals.Count;
            }
            return perSeeker.Values.All(count => count >= CapPerSeeker);
        }, "every job seeker is proposed up to the cap", timeoutSeconds: 120);
        await Task.Delay(TimeSpan.FromSeconds(2)); // room for a proposal over the cap to appear
        foreach (var seeker in seekers)
        {
            Assert.Equal(CapPerSeeker, (await agency.JobSeekers.GetProposalsAsync(seeker)).Proposals.Count);
        }
        var proposalsPerVacancy = new List<int>();
        foreach (var vacancy in vacancies)
        {
            var proposals = (await employer.Proposals.GetForVacancyAsync(vacancy)).Proposals;
            Assert.Equal(proposals.Count, proposals.Select(p => p.SubjectPseudonym).Distinct().Count());
            Assert.InRange(proposals.Count, 0, SlotsPerVacancy);
            proposalsPerVacancy.Add(proposals.Count);
        }
        Assert.Equal(Seekers * CapPerSeeker, proposalsPerVacancy.Sum());

        // Signals: each rent-arrears signal reaches the debt team once, on the legal basis.
        await Eventually.True(async () =>
        {
            foreach (var signal in signals)
            {
                if (await HubPartner.Found(() => housing.Signals.GetStatusAsync(signal)) is not { State: "routed" })
                {
                    return false;
                }
            }
            return true;
        }, "every signal is routed", timeoutSeconds: 120);
        foreach (var signal in signals)
        {
            var status = await housing.Signals.GetStatusAsync(signal);
            Assert.Equal("delivered", Assert.Single(status.Recipients, r => r.OrganisationId == MunicipalityId).State);
            Assert.Equal(1, status.Delivered);
        }
        var deliveries = (await municipality.Signals.GetDeliveriesAsync(includeAcknowledged: true, maxCount: 500)).Deliveries
            .Where(d => d.Category == "rent-arrears").ToList();
        Assert.Equal(Signals, deliveries.Count);
        Assert.Equal(Signals, deliveries.Select(d => d.RecipientPseudonym).Distinct().Count());

        // Both instances of each worker took part: they compete on the queues rather than one idling.
        Assert.All(hub.SignalsInstances, instance => Assert.Contains("routed under policy", instance.OutputText, StringComparison.Ordinal));
        await AssertTwoConsumersOn(hub.VirtualHost, "vacancy-published");
        await AssertTwoConsumersOn(hub.VirtualHost, "signal-raised");
        foreach (var service in hub.Processes)
        {
            BsnScanner.AssertNone(service.OutputText, "a service's output");
        }
    }

    /// <summary>Many services share two cores here: give each request time rather than failing fast.</summary>
    private static void Patient(Hub.Client.HubResilienceOptions resilience)
    {
        resilience.AttemptTimeout = TimeSpan.FromSeconds(60);
        resilience.TotalTimeout = TimeSpan.FromSeconds(180);
        resilience.MaxRetryAttempts = 5;
        resilience.CircuitBreakerSamplingDuration = TimeSpan.FromSeconds(120);
    }

    private async Task AssertTwoConsumersOn(string vhost, string queue)
    {
        var listing = await rig.Broker.RabbitMqCtlAsync("list_queues", "-p", vhost, "name", "consumers");
        var line = listing.Split('\n').Select(l => l.Split('\t')).Single(parts => parts[0].Trim() == queue);
        Assert.Equal("2", line[1].Trim());
    }

    private static async Task<string> RegisterSeeker(HubPartner agency, string bsn, int index)
    {
        var request = SampleJobSeekers.Request(bsn, index % 2 == 0 ? "8924 AB" : "8911 AA") with
        {
            BenefitSince = DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(-6 - index)),
        };
        var receipt = await agency.JobSeekers.RegisterAsync(request, $"seeker-{index}");
        return receipt.SubjectPseudonym;
    }

    private static async Task<Guid> PostVacancy(HubPartner employer, int index)
    {
        var receipt = await employer.Vacancies.PublishAsync(SampleVacancies.Request($"Monteur herstelbaan {index}"), $"vacancy-{index}");
        return receipt.VacancyId;
    }

    private static async Task<Guid> RaiseArrears(HubPartner housing, string bsn, int index)
    {
        var receipt = await housing.Signals.RaiseAsync(new SignalRequest
        {
            Bsn = bsn,
            Category = "rent-arrears",
            Details = new Dictionary<string, string> { ["amount"] = (400 + index).ToString(CultureInfo.InvariantCulture) + ".00", ["since"] = "2026-09-01" },
            OccurredOn = DateOnly.FromDateTime(DateTime.UtcNow),
        }, $"arrears-{index}");
        return receipt.SignalId;
    }

    /// <summary>Example numbers that pass the BSN 11-check (test data, no residents).</summary>
    private static IEnumerable<string> ElevenCheckNumbers() =>
        Enumerable.Range(100_000_000, 1_000_000)
            .Select(n => n.ToString(CultureInfo.InvariantCulture))
            .Where(BsnScanner.PassesElevenCheck);
}
