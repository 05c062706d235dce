using System.Globalization;
using System.Net;
using System.Text.Json;
using Hub.Client;
using Hub.Client.Models;
using Hub.PartnerIntegration.Translation;
using Hub.PartnerSimulator;
using Hub.Pseudonymisation;
using Hub.Testing;
using Xunit.Abstractions;

namespace Hub.SystemTests;

/// <summary>
/// The three partner adapters as processes over RabbitMQ with the gateway, job matching and signals, and a simulated
/// system per partner: exports dropped by a housing corporation, a school and the police become a vacancy, a
/// rent-arrears signal, a student seeking a BBL place and a youth-nuisance signal; what the Hub then routes to each
/// partner arrives at its system, signed.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class Connecting_partner_systems_end_to_end(SystemRig rig, ITestOutputHelper output)
{
    private const string Elkien = "00000001802327497000";
    private const string FriesePoort = "00000001824476093000";
    private const string Politie = "00000001003214345000";
    private const string MunicipalityId = "00000001001608755000";
    // Example BSNs (11-check); they exist only in the exports and must not get past the adapters.
    private const string TenantBsn = "368176903";
    private const string StudentBsn = "659884045";
    private const string YoungsterBsn = "793794055";

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Partner_exports_flow_in_and_what_the_hub_routes_flows_out_signed()
    {
        var scratch = Directory.CreateTempSubdirectory("hub-partners-").FullName;
        await using var hub = await HubServices.StartAsync(rig, output.WriteLine, scratch, withSignals: true);
        await using var adapters = await PartnerAdapters.StartAsync(rig, hub, output, scratch, new Dictionary<string, (string, string)>
        {
            ["Housing"] = (Elkien, "housing-corporation"),
            ["Schools"] = (FriesePoort, "school"),
            ["Police"] = (Politie, "police"),
        });
        var housing = hub.ClientFor("demo-housing-key-elkien");
        var school = hub.ClientFor("demo-school-key-friese-poort");
        var police = hub.ClientFor("demo-police-key-leeuwarden");
        var municipality = hub.ClientFor("demo-municipality-key-leeuwarden");
        var pseudonyms = new Pseudonymiser(Convert.FromBase64String(HubServices.PseudonymisationKey));

        // The youngster consented to the school hearing about youth nuisance (recorded by the municipality).
        await municipality.Consents.RecordAsync(new ConsentRequest
        {
            Bsn = YoungsterBsn, Categories = ["youth-nuisance"], ToRole = "school", Purpose = "youth-care", ValidUntil = Today.AddYears(1),
        });
        Assert.Equal(HttpStatusCode.Accepted, municipality.LastStatus);
        // Refused (403) until the recorded consent makes the youngster the municipality's resident as far as the Hub knows.
        await Eventually.True(async () => (await HubPartner.Found(() => municipality.SubjectAccess.RequestAsync(new SubjectAccessRequest { Bsn = YoungsterBsn })))?.Consents.Count == 1,
            "the consent was recorded");

        // 1. The housing corporation's exports: a BBL vacancy and rent arrears.
        await adapters.DropAsync("Housing", "vacancies-today.csv", $"""
            vacature_nummer;functie;beroepscode;postcode;uren_per_week;aantal_plaatsen;sluitingsdatum;herstelbaan;bbl;loonkostensubsidie;vaardigheden
            ELK-V-9001;Leerling-monteur woningonderhoud;7126;8925 AB;32;1;{Iso(Today.AddDays(90))};ja;ja;ja;technisch inzicht
            """);
        await adapters.DropAsync("Housing", "signals-today.csv", $"""
            melding_nummer;bsn;soort;bedrag;achterstand_sinds;aanmaningen;vermoeden;waargenomen_op;datum
            ELK-S-9001;{TenantBsn};huurachterstand;845,50;{Iso(Today.AddDays(-60))};2;;;{Iso(Today.AddDays(-1))}
            """);
        var vacancyId = StableId.From("vacancy", Elkien, "ELK-V-9001");
        var vacancy = await WaitFor(() => HubPartner.Found(() => housing.Vacancies.GetAsync(vacancyId)), "the exported vacancy is in the Hub");
        Assert.Equal(("Leerling-monteur woningonderhoud", Elkien, true), (vacancy.Title, vacancy.EmployerId, vacancy.IsLearnWorkPlace));
        var arrears = await WaitFor(() => HubPartner.Found(() => housing.Signals.GetStatusAsync(StableId.From("signal", Elkien, "ELK-S-9001"))),
            "the exported rent arrears were routed");
        Assert.Equal("delivered", arrears.Recipients.Single(r => r.OrganisationId == MunicipalityId).State);
        Assert.Contains((await municipality.Signals.GetDeliveriesAsync()).Deliveries, d => d is { Category: "rent-arrears", SenderOrganisation: Elkien });

        // 2. The school's exports: a student who needs a BBL place, and absence of the youngster.
        await adapters.DropAsync("Schools", "students-today.csv", $"""
            leerling_nummer;bsn;postcode;beroepen;uren_min;uren_max;beschikbaar_vanaf;max_reisafstand_km;niveau;vaardigheden;bbl_uiterlijk;baangarantie;toestemming_delen
            FP-L-9001;{StudentBsn};8924 BB;7126;24;36;{Iso(Today)};15;mbo-2;technisch inzicht;{Iso(Today.AddDays(200))};nee;ja
            """);
        await adapters.DropAsync("Schools", "absence-today.csv", $"""
            melding_nummer;bsn;soort;uren;periode_start;periode_eind;risico;opleiding;verwachte_uitstroom;datum
            FP-V-9001;{YoungsterBsn};verzuim;16;{Iso(Today.AddDays(-30))};{Iso(Today.AddDays(-2))};;;;{Iso(Today.AddDays(-1))}
            """);
        // The school reads under its own pseudonym for the student, never the Hub-wide one.
        var studentPseudonym = pseudonyms.ForRecipient(FriesePoort, pseudonyms.SubjectOf(StudentBsn));
        var proposals = await WaitFor(async () => (await HubPartner.Found(() => school.Students.GetProposalsAsync(studentPseudonym)))
            is { Proposals.Count: > 0 } found ? found : null, "the student was proposed for a place");
        var proposal = Assert.Single(proposals.Proposals);
        Assert.Equal(vacancyId, proposal.VacancyId);
        Assert.Contains("priority: student who needs a learn-work place", proposal.Reasons);
        await WaitFor(() => HubPartner.Found(() => school.Signals.GetStatusAsync(StableId.From("signal", FriesePoort, "FP-V-9001"))), "the absence was routed");

        // 3. The police export: youth nuisance about the same youngster. The policy lets it reach the school on the
        //    youngster's consent; the municipality has none, so it is withheld there.
        await adapters.DropAsync("Police", "signals-today.csv", $"""
            registratie_nummer;bsn;soort;incident_datum;incident_code;groepsgrootte;vermoeden;waargenomen_op;datum
            PL-9001;{YoungsterBsn};jeugdoverlast;{Iso(Today.AddDays(-3))};E33;4;;;{Iso(Today.AddDays(-2))}
            """);
        var nuisance = await WaitFor(() => HubPartner.Found(() => police.Signals.GetStatusAsync(StableId.From("signal", Politie, "PL-9001"))),
            "the police signal was routed");
        Assert.Equal("delivered", nuisance.Recipients.Single(r => r.OrganisationId == FriesePoort).State);
        Assert.Equal("withheld", nuisance.Recipients.Single(r => r.OrganisationId == MunicipalityId).State);

        // 4. Each partner's own system receives, signed, what the Hub routed to it.
        var elkienSystem = adapters.Systems["Housing"];
        var schoolSystem = adapters.Systems["Schools"];
        var policeSystem = adapters.Systems["Police"];
        await Eventually.True(() => elkienSystem.Received.Any(r => r.Event == "proposal-made"), "the corporation's system got the proposal");
        await Eventually.True(() => schoolSystem.Received.Any(r => r.Event == "signal-delivered"), "the school's system got the signal");
        await Eventually.True(() => schoolSystem.Received.Any(r => r.Event == "student-proposal-made"), "the school's system got its student's proposal");
        await Eventually.True(() => schoolSystem.Received.Any(r => r.Event == "multi-problem-detected")
            && policeSystem.Received.Any(r => r.Event == "multi-problem-detected"), "school and police were told about each other");

        var proposalPush = Data(elkienSystem.Received.Single(r => r.Event == "proposal-made"));
        Assert.Equal(vacancyId, proposalPush.GetProperty("vacancyId").GetGuid());
        Assert.False(proposalPush.TryGetProperty("subjectPseudonym", out _), "an employer learns why, not who");
        var studentPush = Data(schoolSystem.Received.Single(r => r.Event == "student-proposal-made"));
        Assert.Equal(("FP-L-9001", vacancyId), (studentPush.GetProperty("studentNumber").GetString(), studentPush.GetProperty("vacancyId").GetGuid()));
        var signalPush = Data(schoolSystem.Received.Single(r => r.Event == "signal-delivered"));
        Assert.Equal("youth-nuisance", signalPush.GetProperty("category").GetString());
        Assert.Equal(["incident-date"], signalPush.GetProperty("details").EnumerateObject().Select(p => p.Name));
        Assert.Equal("consent", signalPush.GetProperty("basis").GetString());
        var policeNotice = Data(policeSystem.Received.Single(r => r.Event == "multi-problem-detected"));
        Assert.Contains(policeNotice.GetProperty("othersInvolved").EnumerateArray(), o => o.GetProperty("organisationId").GetString() == FriesePoort);
        Assert.DoesNotContain(policeSystem.Received, r => r.Event == "signal-delivered"); // nothing in this policy goes to the police

        // 5. The corporation withdraws the vacancy through the API; its next export still lists it. That row is refused
        //    by job matching, and the corporation's system hears so, naming the file and line.
        var withdrawal = await housing.Vacancies.WithdrawAsync(vacancyId, idempotencyKey: "withdraw-elk-v-9001");
        Assert.Equal("applied", (await housing.Commands.WaitForOutcomeAsync(withdrawal.CommandId, TimeSpan.FromSeconds(60))).Status);
        await adapters.DropAsync("Housing", "vacancies-later.csv", $"""
            vacature_nummer;functie;beroepscode;postcode;uren_per_week;aantal_plaatsen;sluitingsdatum;herstelbaan;bbl;loonkostensubsidie;vaardigheden
            ELK-V-9001;Leerling-monteur woningonderhoud (2);7126;8925 AB;32;1;{Iso(Today.AddDays(90))};ja;ja;ja;technisch inzicht
            """);
        await Eventually.True(() => elkienSystem.Received.Any(r => r.Event == "command-refused"), "the corporation's system heard of the refused row");
        var refusedRow = Data(elkienSystem.Received.Single(r => r.Event == "command-refused"));
        Assert.Equal(("vacancies-later.csv", 2, "wrong-state"),
            (refusedRow.GetProperty("export").GetString(), refusedRow.GetProperty("line").GetInt32(), refusedRow.GetProperty("reason").GetString()));
        Assert.Equal("withdrawn", (await housing.Vacancies.GetAsync(vacancyId)).Status);

        foreach (var system in adapters.Systems.Values)
        {
            Assert.Equal(0, system.BadSignatures);
            BsnScanner.AssertNone(string.Join('\n', system.Received.Select(r => r.Body)), "what a partner system received");
        }
        foreach (var drop in adapters.DropFolders.Values)
        {
            Assert.Empty(Directory.EnumerateFiles(drop, "*.csv")); // imported and removed: no BSNs left lying around
        }
        foreach (var service in hub.Processes.Concat(adapters.Processes))
        {
            BsnScanner.AssertNone(service.OutputText, "a service's output");
        }
        // The adapters did all this as their own broker users.
        var connections = await rig.Broker.RabbitMqCtlAsync("list_connections", "-q", "--no-table-headers", "user", "vhost");
        Assert.All(new[] { "hub-housing", "hub-schools", "hub-police" }, user => Assert.Contains($"{user}\t{hub.VirtualHost}", connections, StringComparison.Ordinal));
    }

    private static JsonElement Data(ReceivedDelivery delivery) => JsonDocument.Parse(delivery.Body).RootElement.GetProperty("data").Clone();

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<T> WaitFor<T>(Func<Task<T?>> read, string what) where T : class
    {
        T? value = null;
        await Eventually.True(async () => (value = await read()) is not null, what, timeoutSeconds: 120);
        return value!;
    }
}
