using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Hub.Migrations.Tests;

/// <summary>An operator upgrades the schema without starting the service: `dotnet Hub.Local.dll migrate` (any service alike).</summary>
public sealed class Running_the_migrate_command : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("hub-migrate-command-").FullName;

    [Fact]
    public async Task Migrates_every_database_of_the_service_and_exits_without_serving()
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Hub.Local.dll"));
        start.ArgumentList.Add("migrate");
        start.Environment["Database__DataDirectory"] = _data;
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using (var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90)))
        {
            await process.WaitForExitAsync(deadline.Token);
        }

        Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}\n{await output}\n{await errors}");
        var databases = Directory.GetFiles(_data, "*.db").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["gateway", "housing", "matching", "operations", "police", "portal", "schools", "signals"], databases);
        foreach (var file in Directory.GetFiles(_data, "*.db"))
        {
            await using var connection = new SqliteConnection($"Data Source={file};Pooling=false");
            await connection.OpenAsync();
            await using var history = new SqliteCommand("SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"", connection);
            var applied = Convert.ToString(await history.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.EndsWith("_Baseline", applied, StringComparison.Ordinal);
        }
        // Migrated, not served: the demo data loader never ran.
        await using var matching = new SqliteConnection($"Data Source={Path.Combine(_data, "matching.db")};Pooling=false");
        await matching.OpenAsync();
        await using var vacancies = new SqliteCommand("SELECT count(*) FROM vacancies", matching);
        Assert.Equal(0L, await vacancies.ExecuteScalarAsync());
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
