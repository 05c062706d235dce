using Hub.Operations.Audit;
using Hub.Operations.Storage;
using Hub.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hub.Operations.Tests;

/// <summary>Fresh operations databases on SQLite (a temp file) or on a throw-away PostgreSQL server, schema created as the service does.</summary>
public sealed class AuditDatabases : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("hub-operations-tests-").FullName;
    private PostgresServer? _postgres;

    public static AreaDirectory Areas { get; } = AreaDirectory.Load(Path.Combine(RepositoryPaths.RepoRoot, "seeds", "areas.json"));

    public async Task<OperationsDb> NewAsync(string provider)
    {
        var options = new DbContextOptionsBuilder<OperationsDb>();
        if (provider == "Postgres")
        {
            _postgres ??= await PostgresServer.StartAsync();
            options.UseNpgsql(_postgres.ConnectionString(UniqueName.Of("operations_")));
        }
        else
        {
            options.UseSqlite($"Data Source={Path.Combine(_directory, Guid.NewGuid().ToString("N"))}.db");
        }
        var db = new OperationsDb(options.Options);
        await db.Database.EnsureCreatedAsync();
        return db;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
        Directory.Delete(_directory, recursive: true);
    }
}
