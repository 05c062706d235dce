using Hub.Contracts.Matching;
using Hub.JobMatching.Storage;
using Hub.Testing;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.JobMatching.Tests.Lifecycle;

/// <summary>Job matching's consumers on MassTransit's test harness with a SQLite file of their own.</summary>
public sealed class MatchingHost : IAsyncDisposable
{
    public const string EmployerId = "00000001820029336000";
    public const string AgencyId = "00000001821699180000";

    private readonly string _directory = Directory.CreateTempSubdirectory("hub-matching-").FullName;
    private readonly IHost _host;

    public MatchingHost(IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders(); // keeps the test run's console readable
        builder.Configuration["Database:DataDirectory"] = _directory;
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.AddJobMatching();
        builder.Services.AddMassTransitTestHarness(bus =>
        {
            bus.AddJobMatchingConsumers();
            bus.AddRequestClient<GetVacancyProposals>();
            bus.AddRequestClient<GetAreaFigures>();
            bus.AddRequestClient<GetVacancies>();
            bus.AddRequestClient<GetJobSeekers>();
        });
        _host = builder.Build();
    }

    public ITestHarness Harness => _host.Services.GetTestHarness();

    public Task StartAsync() => _host.StartAsync();

    /// <summary>Publishes and waits until job matching has consumed the message.</summary>
    public async Task Send<T>(T message) where T : class
    {
        var messageId = NewId.NextGuid();
        await Harness.Bus.Publish(message, c => c.MessageId = messageId);
        await Eventually.True(() => Harness.Consumed.Select<T>(m => m.Context.MessageId == messageId).Any(), "job matching consumes the message");
        await Harness.InactivityTask;
    }

    /// <summary>Publishes all at once (so they arrive together and share transactions) and waits until each was consumed or failed.</summary>
    public async Task SendAll<T>(IReadOnlyList<T> messages) where T : class
    {
        var ids = messages.Select(_ => NewId.NextGuid()).ToList();
        await Task.WhenAll(messages.Select((message, i) => Harness.Bus.Publish(message, c => c.MessageId = ids[i])));
        await Eventually.True(() => ids.All(id => Harness.Consumed.Select<T>(m => m.Context.MessageId == id).Any()), "job matching consumes every message");
        await Harness.InactivityTask;
    }

    /// <summary>Reads (or changes) job matching's database directly, as an operator or a test fixture would.</summary>
    public async Task<TResult> WithDatabase<TResult>(Func<MatchingDb, Task<TResult>> use)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<MatchingDb>());
    }

    public async Task<IReadOnlyList<ProposalView>> ProposalsFor(Guid vacancyId, string employerId = EmployerId)
    {
        var client = Harness.GetRequestClient<GetVacancyProposals>();
        var response = await client.GetResponse<VacancyProposals, VacancyNotFound>(new GetVacancyProposals { VacancyId = vacancyId, RequestedBy = employerId });
        return response.Is(out Response<VacancyProposals>? found) ? found.Message.Proposals : [];
    }

    public async Task<AreaFigures> Figures() =>
        (await Harness.GetRequestClient<GetAreaFigures>().GetResponse<AreaFigures>(new GetAreaFigures())).Message;

    /// <summary>A partner's own vacancies as it lists them.</summary>
    public async Task<IReadOnlyList<VacancySummary>> VacanciesOf(string partnerId, string? status = null) =>
        (await Harness.GetRequestClient<GetVacancies>().GetResponse<VacancyList>(new GetVacancies { RequestedBy = partnerId, Status = status })).Message.Vacancies;

    /// <summary>The job seekers (or students) a partner registered, as it lists them.</summary>
    public async Task<IReadOnlyList<JobSeekerSummary>> JobSeekersOf(string partnerId) =>
        (await Harness.GetRequestClient<GetJobSeekers>().GetResponse<JobSeekerList>(new GetJobSeekers { RequestedBy = partnerId })).Message.JobSeekers;

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
