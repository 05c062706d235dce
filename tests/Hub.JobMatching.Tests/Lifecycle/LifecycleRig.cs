using Hub.JobMatching.Matching;
using Hub.JobMatching.Storage;
using Hub.Messaging.Commands;
using Hub.Messaging.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.JobMatching.Tests.Lifecycle;

/// <summary>
/// Job matching's own services on a SQLite database of their own, without a bus: each command runs in a transaction
/// under the matching lock, as a consumer's batch does, and returns the service's decision. Many rigs are made in a row
/// (one per command sequence), so each starts from a copy of one migrated database instead of migrating again.
/// </summary>
public sealed class LifecycleRig : IAsyncDisposable
{
    private static readonly Lazy<Task<string>> MigratedTemplate = new(MigrateTemplateAsync);

    private readonly string _directory;
    private readonly IHost _host;

    private LifecycleRig(string directory, IDictionary<string, string?> settings)
    {
        _directory = directory;
        _host = Build(Path.Combine(directory, "matching.db"), settings);
    }

    public static async Task<LifecycleRig> StartAsync(IDictionary<string, string?> settings)
    {
        var template = await MigratedTemplate.Value;
        var directory = CreateDirectory("hub-lifecycle-");
        File.Copy(template, Path.Combine(directory, "matching.db"));
        return new LifecycleRig(directory, settings);
    }

    /// <summary>Applies one command in its own transaction and returns what the service decided.</summary>
    public async Task<CommandDecision> Apply<TService>(Func<TService, CancellationToken, Task<CommandDecision>> work) where TService : notnull
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDb>();
        var sync = scope.ServiceProvider.GetRequiredService<EngineSync>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var entry = await sync.EnterAsync(db, CancellationToken.None);
        var decision = await work(scope.ServiceProvider.GetRequiredService<TService>(), CancellationToken.None);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        sync.Committed(entry);
        return decision;
    }

    public async Task<TResult> Read<TResult>(Func<MatchingDb, Task<TResult>> read)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<MatchingDb>());
    }

    public async ValueTask DisposeAsync()
    {
        await ((IAsyncDisposable)_host).DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>In memory where the machine has a tmpfs: thousands of small commits need not wait for the disk.</summary>
    private static string CreateDirectory(string prefix) => Directory.Exists("/dev/shm")
        ? Directory.CreateDirectory(Path.Combine("/dev/shm", prefix + Path.GetRandomFileName())).FullName
        : Directory.CreateTempSubdirectory(prefix).FullName;

    private static IHost Build(string file, IDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration["ConnectionStrings:Matching"] = $"Data Source={file}";
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddJobMatching();
        return builder.Build();
    }

    private static async Task<string> MigrateTemplateAsync()
    {
        var directory = CreateDirectory("hub-lifecycle-template-");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(directory, recursive: true);
        var file = Path.Combine(directory, "matching.db");
        using var host = Build(file, new Dictionary<string, string?>());
        foreach (var migrator in host.Services.GetServices<IDatabaseMigrator>())
        {
            await migrator.MigrateAsync(CancellationToken.None);
        }
        SqliteConnection.ClearAllPools();
        return file;
    }
}
