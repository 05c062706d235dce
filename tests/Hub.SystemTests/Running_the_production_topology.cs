using Hub.Client.Models;
using Hub.ServiceDefaults.Hosting;
using Hub.Testing;
using Hub.Testing.Rig;
using Npgsql;
using Xunit.Abstractions;

namespace Hub.SystemTests;

/// <summary>
/// The seven services as processes the way docker-compose.yml runs them in production: a 3-node RabbitMQ cluster and
/// PostgreSQL both spoken to over TLS only and checked against the deployment's own CA, each service as its own broker
/// user of infra/rabbitmq/definitions.json, its secrets read from files, the gateway serving partners over HTTPS with
/// a plain probe port for health only. A vacancy and a signal go end to end through that TLS edge, and each partner lists its own.
/// </summary>
public sealed class Running_the_production_topology(ITestOutputHelper output) : IAsyncLifetime
{
    private const string JobAgencyKey = "demo-jobagency-key-werkplein";
    private const string HousingKey = "demo-housing-key-elkien";
    private const string MunicipalityId = "00000001001608755000";

    private static readonly (string Project, string Service, string Connection, string User)[] Services =
    [
        ("Hub.Gateway", "gateway", "Gateway", "hub-gateway"),
        ("Hub.JobMatching", "job-matching", "Matching", "hub-job-matching"),
        ("Hub.Signals", "signals", "Signals", "hub-signals"),
        ("Hub.Housing", "housing", "Housing", "hub-housing"),
        ("Hub.Schools", "schools", "Schools", "hub-schools"),
        ("Hub.Police", "police", "Police", "hub-police"),
        ("Hub.Operations", "operations", "Operations", "hub-operations"),
    ];

    private readonly string _directory = Directory.CreateTempSubdirectory("hub-production-").FullName;
    private readonly List<ServiceProcess> _processes = [];
    private TestCertificateAuthority _authority = null!;
    private RabbitMqCluster _cluster = null!;
    private PostgresServer _postgres = null!;
    private Uri _edge = null!;
    private string _caFile = null!;

    public async Task InitializeAsync()
    {
        _authority = TestCertificateAuthority.Create("Hub test deployment CA");
        var brokerTls = ServerTls.Issue(_authority, _directory, "rabbitmq");
        var databaseTls = ServerTls.Issue(_authority, _directory, "postgres");
        var edgeTls = ServerTls.Issue(_authority, _directory, "edge");
        _caFile = edgeTls.CaFile;
        var starting = (Cluster: RabbitMqCluster.StartAsync(brokerTls), Postgres: PostgresServer.StartAsync(databaseTls));
        _cluster = await starting.Cluster;
        _postgres = await starting.Postgres;

        // The production broker definitions: vhost `hub`, one user per service with its own permissions.
        var seed = _cluster.Nodes[0];
        await seed.RabbitMqCtlAsync("import_definitions", Path.Combine(RepositoryPaths.RepoRoot, "infra", "rabbitmq", "definitions.json"));
        var common = new Dictionary<string, string?>
        {
            ["Hub__Messaging__Transport"] = "RabbitMq",
            ["RabbitMq__Host"] = "localhost",
            ["RabbitMq__Port"] = $"{seed.TlsPort}",
            ["RabbitMq__UseTls"] = "true",
            ["RabbitMq__CaCertificateFile"] = brokerTls.CaFile,
            ["RabbitMq__VirtualHost"] = "hub",
            ["Database__Provider"] = "Postgres",
        };
        for (var i = 0; i < _cluster.Nodes.Count; i++)
        {
            common[$"RabbitMq__ClusterNodes__{i}"] = $"localhost:{_cluster.Nodes[i].TlsPort}";
        }

        var (probePort, tlsPort) = (FreePort.Next(), FreePort.Next());
        _edge = new Uri($"https://localhost:{tlsPort}/");
        foreach (var (project, service, connection, user) in Services)
        {
            var password = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
            await seed.RabbitMqCtlAsync("change_password", user, password);
            var database = service.Replace("-", "_", StringComparison.Ordinal);
            await CreateDatabaseAsync(database);
            // Secrets as files, one per setting (Hub:SecretsDirectory), as Docker secrets mount them.
            var secrets = Directory.CreateDirectory(Path.Combine(_directory, "secrets", service)).FullName;
            WriteSecret(secrets, "RabbitMq__Password", password);
            WriteSecret(secrets, $"ConnectionStrings__{connection}",
                $"Host=localhost;Port={_postgres.Port};Database={database};Username=hub;SSL Mode=VerifyFull;Root Certificate={databaseTls.CaFile}");
            WriteSecret(secrets, "Hub__Pseudonymisation__Key", HubServices.PseudonymisationKey);
            WriteSecret(secrets, "Hub__ApiKeys__HashKey", DemoSeeds.ApiKeyHashKey);
            WriteSecret(secrets, "Hub__Signals__PseudonymKey", HubServices.SignalsPseudonymKey);

            var settings = new Dictionary<string, string?>(common)
            {
                ["RabbitMq__Username"] = user,
                ["Hub__SecretsDirectory"] = secrets,
                ["Hub__PartnersFile"] = Seed("partners.json"),
                ["Hub__Matching__AreasFile"] = Seed("areas.json"),
                ["Hub__Signals__PoliciesFile"] = Seed("signal-policies.json"),
                ["Hub__Operations__UsersFile"] = Seed("console-users.json"),
            };
            var urls = $"http://127.0.0.1:{(service == "gateway" ? probePort : FreePort.Next())}";
            if (service == "gateway")
            {
                urls += $";https://127.0.0.1:{tlsPort}";
                settings["Hub__Edge__ProbePort"] = $"{probePort}";
                settings["Kestrel__Certificates__Default__Path"] = edgeTls.CertificateFile;
                settings["Kestrel__Certificates__Default__KeyPath"] = edgeTls.KeyFile;
            }
            _processes.Add(ServiceProcess.Start(project, settings, urls, log: line => output.WriteLine($"[{service}] {line}")));
        }
        await Task.WhenAll(_processes.Select(p => p.WaitForHealthyAsync(TimeSpan.FromSeconds(180))));
    }

    [Fact]
    public async Task A_vacancy_and_a_signal_go_end_to_end_through_the_tls_edge()
    {
        var trust = PrivateCertificateAuthority.Validator(_caFile);
        await using var employer = HubPartner.Connect(_edge, SampleVacancies.EmployerKey, trust: trust);
        await using var agency = HubPartner.Connect(_edge, JobAgencyKey, trust: trust);
        await using var housing = HubPartner.Connect(_edge, HousingKey, trust: trust);

        var seeker = await agency.JobSeekers.RegisterAsync(SampleJobSeekers.Request("111222333", "8924 AB"));
        var vacancy = await employer.Vacancies.PublishAsync(SampleVacancies.Request("Production topology vacancy"));
        VacancyProposals? proposals = null;
        await Eventually.True(async () => (proposals = await HubPartner.Found(() => employer.Proposals.GetForVacancyAsync(vacancy.VacancyId))) is { Proposals.Count: > 0 },
            "the vacancy got a proposal across the TLS cluster", timeoutSeconds: 90);

        var signal = await housing.Signals.RaiseAsync(new SignalRequest
        {
            Bsn = "368176903",
            Category = "rent-arrears",
            Details = new Dictionary<string, string> { ["amount"] = "1250.00", ["since"] = "2026-03-01" },
            OccurredOn = DateOnly.FromDateTime(DateTime.UtcNow),
        });
        SignalStatus? status = null;
        await Eventually.True(async () => (status = await HubPartner.Found(() => housing.Signals.GetStatusAsync(signal.SignalId))) is { State: "routed" },
            "the signal was routed", timeoutSeconds: 90);

        Assert.Equal(vacancy.VacancyId, proposals!.VacancyId);
        Assert.Equal("delivered", status!.Recipients.Single(r => r.OrganisationId == MunicipalityId).State);
        // Each partner's own list: a request from the gateway's broker user to the owning service's queue and back.
        Assert.Contains((await employer.Vacancies.ListAsync("open")).Vacancies, v => v.VacancyId == vacancy.VacancyId && v.Proposals > 0);
        Assert.Contains((await agency.JobSeekers.ListAsync()).JobSeekers, s => s.SubjectPseudonym == seeker.SubjectPseudonym && s.Proposals > 0);
        Assert.Contains((await housing.Signals.ListRaisedAsync()).Signals, s => s.SignalId == signal.SignalId && s.Delivered > 0);
        // The edge answers partners over TLS only; the probe port answers health and nothing else.
        using var plain = new HttpClient();
        var probe = _processes[0].BaseAddress;
        Assert.Equal(System.Net.HttpStatusCode.OK, (await plain.GetAsync(new Uri(probe, "health/ready"))).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await plain.GetAsync(new Uri(probe, "api/v1/vacancies/" + vacancy.VacancyId))).StatusCode);
    }

    private async Task CreateDatabaseAsync(string name)
    {
        await using var admin = new NpgsqlConnection(_postgres.ConnectionString("postgres"));
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
        await create.ExecuteNonQueryAsync();
    }

    private static void WriteSecret(string directory, string key, string value) => File.WriteAllText(Path.Combine(directory, key), value);

    private static string Seed(string file) => Path.Combine(RepositoryPaths.RepoRoot, "seeds", file);

    public async Task DisposeAsync()
    {
        await Task.WhenAll(_processes.Select(p => p.DisposeAsync().AsTask()));
        await _postgres.DisposeAsync();
        await _cluster.DisposeAsync();
        _authority.Dispose();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { /* a process may still hold a file */ }
    }
}
