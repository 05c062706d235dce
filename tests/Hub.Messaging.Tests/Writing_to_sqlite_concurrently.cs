using Hub.Messaging.Inbox;
using Microsoft.EntityFrameworkCore;

namespace Hub.Messaging.Tests;

/// <summary>
/// SQLite writers of one process queue on SqliteWriteGate instead of sleeping in SQLite's busy retry. The gate must never be
/// left held: after an abandoned transaction or a failed write the next writer goes ahead at once (a leak would stall it for
/// the gate's 30 s timeout, beyond the 10 s these tests allow).
/// </summary>
public sealed class Writing_to_sqlite_concurrently : IAsyncLifetime
{
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(10);
    private readonly ProbeHost _host = new();

    public Task InitializeAsync() => _host.Seed(_ => Task.CompletedTask);

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task An_abandoned_transaction_does_not_hold_up_the_next_writer()
    {
        await _host.WithDb(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Effects.Add(new TallyEffect { MessageId = Guid.NewGuid(), Label = "abandoned" });
            await db.SaveChangesAsync();
            return 0; // disposed without commit, as when the work throws
        });

        await Write("after the abandoned one").WaitAsync(Prompt);

        Assert.Equal(["after the abandoned one"], await Labels());
    }

    [Fact]
    public async Task A_failed_write_does_not_hold_up_the_next_writer()
    {
        var record = new InboxMessage { MessageId = Guid.NewGuid(), Consumer = "probe", ProcessedAt = DateTime.UtcNow };
        await _host.WithDb(db => { db.Set<InboxMessage>().Add(record); return db.SaveChangesAsync(); });

        await Assert.ThrowsAsync<DbUpdateException>(() => _host.WithDb(db => { db.Set<InboxMessage>().Add(new InboxMessage { MessageId = record.MessageId, Consumer = record.Consumer, ProcessedAt = record.ProcessedAt }); return db.SaveChangesAsync(); }));
        await Write("after the failed one").WaitAsync(Prompt);

        Assert.Equal(["after the failed one"], await Labels());
    }

    [Fact]
    public async Task Many_concurrent_transactions_and_lone_updates_all_commit()
    {
        var writers = Enumerable.Range(0, 32).Select(async i =>
        {
            await Write($"writer {i}");
            await _host.WithDb(db => db.Effects.Where(e => e.Label == $"writer {i}").ExecuteUpdateAsync(set => set.SetProperty(e => e.Label, $"updated {i}")));
        });

        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(Enumerable.Range(0, 32).Select(i => $"updated {i}").Order(), (await Labels()).Order());
    }

    private Task Write(string label) => _host.WithDb(async db =>
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Effects.Add(new TallyEffect { MessageId = Guid.NewGuid(), Label = label });
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return 0;
    });

    private Task<List<string>> Labels() => _host.WithDb(db => db.Effects.Select(e => e.Label).ToListAsync());
}
