using Hub.Contracts.Matching;
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

    public async Task<IReadOnlyList<ProposalView>> ProposalsFor(Guid vacancyId, string employerId = EmployerId)
    {
        var client = Harness.GetRequestClient<GetVacancyProposals>();
        var response = await client.GetResponse<VacancyProposals, VacancyNotFound>(new GetVacancyProposals { VacancyId = vacancyId, RequestedBy = employerId });
        return response.Is(out Response<VacancyProposals>? found) ? found.Message.Proposals : [];
    }

    public async Task<AreaFigures> Figures() =>
        (await Harness.GetRequestClient<GetAreaFigures>().GetResponse<AreaFigures>(new GetAreaFigures())).Message;


    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
