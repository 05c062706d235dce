using System.Text.Json;
using Hub.Contracts.Signals;
using Hub.Messaging.Outbox;
using Hub.Signals.Consents;
using Hub.Signals.Matching;
using Hub.Signals.Options;
using Hub.Signals.Policies;
using Hub.Signals.Routing;
using Hub.Signals.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hub.Signals.Tests.Routing;

/// <summary>
/// The router and the consent registry on an in-memory SQLite database, without a bus: each step runs in its own
/// context and transaction, as a consumer's would, so reads see only what earlier steps committed.
/// </summary>
public sealed class RouterWorld : IDisposable
{
    private readonly SqliteConnection _connection = new("DataSource=:memory:");
    private readonly DbContextOptions<SignalsDb> _options;
    private readonly Microsoft.Extensions.Options.IOptions<SignalsOptions> _settings =
        Microsoft.Extensions.Options.Options.Create(new SignalsOptions { PseudonymKey = SignalsHost.PseudonymKey });

    public RouterWorld(SignalPolicy policy)
    {
        Policy = policy;
        _connection.Open();
        _options = new DbContextOptionsBuilder<SignalsDb>().UseSqlite(_connection).Options;
        using var db = new SignalsDb(_options);
        db.Database.EnsureCreated();
    }

    public SignalPolicy Policy { get; }
    public ManualClock Clock { get; } = new();

    public Task Record(ConsentRecorded consent) => InTransaction(db => Registry(db).Record(consent, CancellationToken.None));

    public Task Revoke(ConsentRevoked revocation) => InTransaction(db => Registry(db).Revoke(revocation, CancellationToken.None));

    public Task Route(SignalRaised signal) => InTransaction(db =>
    {
        var outbox = new Outbox<SignalsDb>(db, Clock);
        var pseudonyms = new RecipientPseudonyms(db, _settings, Clock);
        var log = new DisclosureLog(db, Policy, Clock);
        var matcher = new MultiProblemMatcher(db, outbox, Policy, pseudonyms, log, Clock, NullLogger<MultiProblemMatcher>.Instance);
        var decisions = new DecisionWriter(db, outbox, Policy, pseudonyms, log);
        return new SignalRouter(db, Policy, decisions, matcher, Clock, NullLogger<SignalRouter>.Instance).Route(signal, CancellationToken.None);
    });

    public async Task<(List<Delivery> Deliveries, List<DisclosureEntry> Decisions, List<SignalDelivered> Messages)> Outcome(Guid signalId)
    {
        await using var db = new SignalsDb(_options);
        var deliveries = await db.Deliveries.AsNoTracking().Where(d => d.SignalId == signalId).ToListAsync();
        var decisions = await db.DisclosureLog.AsNoTracking().Where(e => e.SignalId == signalId).ToListAsync();
        var ids = deliveries.Select(d => d.Id).ToList();
        var messages = (await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.MessageType.StartsWith(typeof(SignalDelivered).FullName!)).ToListAsync())
            .Select(m => JsonSerializer.Deserialize<SignalDelivered>(m.Body, JsonSerializerOptions.Web)!)
            .Where(m => ids.Contains(m.DeliveryId))
            .ToList();
        return (deliveries, decisions, messages);
    }

    public void Dispose() => _connection.Dispose();

    private ConsentRegistry Registry(SignalsDb db) => new(db, Policy, new Hub.Signals.Access.ResidentScope(db, Policy), Clock, NullLogger<ConsentRegistry>.Instance);

    private async Task InTransaction(Func<SignalsDb, Task> work)
    {
        await using var db = new SignalsDb(_options);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await work(db);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }
}
