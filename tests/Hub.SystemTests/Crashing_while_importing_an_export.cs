using System.Globalization;
using System.Text;
using Hub.Messaging.Diagnostics;
using Hub.Testing;
using Npgsql;
using Xunit.Abstractions;

namespace Hub.SystemTests;

/// <summary>
/// Hub.Housing as a process, SIGKILLed right after each committed batch of a dropped export and started again:
/// the file is finished on the last start, and every row is in the outbox exactly once.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class Crashing_while_importing_an_export(SystemRig rig, ITestOutputHelper output)
{
    private const int Rows = 6;
    private const int BatchSize = 2;

    [Fact]
    public async Task Each_restart_resumes_after_the_last_committed_batch_and_no_row_is_published_twice()
    {
        var scratch = Directory.CreateTempSubdirectory("hub-import-crash-").FullName;
        var drop = Directory.CreateDirectory(Path.Combine(scratch, "drop")).FullName;
        var file = Path.Combine(drop, "signals-crash.csv");
        await File.WriteAllTextAsync(file, RentArrears(Rows));
        var database = rig.DatabaseSettings(DatabaseKind.Postgres, "Housing", scratch);
        var housing = ServiceProcess.Start("Hub.Housing", Settings.AsEnvironment(rig.BrokerSettings(await rig.NewVirtualHostAsync()), database,
            [
                new("Hub:Pseudonymisation:Key", HubServices.PseudonymisationKey),
                new("Hub:Housing:Partners:0:OrganisationId", "00000001802327497000"),
                new("Hub:Housing:Partners:0:Role", "housing-corporation"),
                new("Hub:Housing:Partners:0:DropFolder", drop),
                new("Hub:Housing:Import:BatchSize", BatchSize.ToString(CultureInfo.InvariantCulture)),
                new("Hub:Housing:Import:PollInterval", "00:00:00.250"),
            ], TestHooks.CrashAt(DurabilityEvents.ImportBatchCommitted)), log: output.WriteLine);
        var kills = 0;
        try
        {
            while (File.Exists(file))
            {
                await Eventually.True(() => housing.HasExited || !File.Exists(file), "the import neither crashed nor finished", timeoutSeconds: 120);
                if (housing.HasExited)
                {
                    // SIGKILL from the crash hook (128 + 9); its own log line may die unflushed with the process.
                    Assert.Equal(137, housing.ExitCode);
                    kills++;
                    housing = housing.Restart();
                }
            }
        }
        finally
        {
            await housing.DisposeAsync();
        }

        // One crash after each committed batch; the start after the last one only finished the file.
        Assert.Equal(Rows / BatchSize, kills);
        await using var connection = new NpgsqlConnection(database["ConnectionStrings:Housing"]);
        await connection.OpenAsync();
        await using var outbox = new NpgsqlCommand("""SELECT count(*), count(DISTINCT "MessageId") FROM outbox_messages""", connection);
        await using (var counts = await outbox.ExecuteReaderAsync())
        {
            Assert.True(await counts.ReadAsync());
            Assert.Equal((Rows, Rows), (counts.GetInt64(0), counts.GetInt64(1)));
        }
        await using var imports = new NpgsqlCommand("""SELECT "Status", "RowsDone" FROM imports""", connection);
        await using var import = await imports.ExecuteReaderAsync();
        Assert.True(await import.ReadAsync());
        Assert.Equal(("Completed", Rows), (import.GetString(0), import.GetInt32(1)));
        Assert.False(await import.ReadAsync());
    }

    private static string RentArrears(int rows)
    {
        string[] bsns = ["368176903", "752804741", "691577894", "659884045", "547725814", "793794055"];
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var csv = new StringBuilder("melding_nummer;bsn;soort;bedrag;achterstand_sinds;aanmaningen;vermoeden;waargenomen_op;datum\n");
        for (var i = 0; i < rows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"CRASH-{i + 1};{bsns[i % bsns.Length]};huurachterstand;{400 + i},00;{today.AddDays(-60):yyyy-MM-dd};1;;;{today.AddDays(-1):yyyy-MM-dd}\n");
        }
        return csv.ToString();
    }
}
