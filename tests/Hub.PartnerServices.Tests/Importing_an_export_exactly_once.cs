using Hub.Contracts.Matching;
using Hub.Contracts.Signals;
using Hub.Housing;
using Hub.Housing.Storage;
using Hub.PartnerIntegration.Import;
using Hub.PartnerIntegration.Storage;
using Hub.PartnerSimulator;
using Hub.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.PartnerServices.Tests;

public sealed class Importing_an_export_exactly_once(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("hub-housing-import-").FullName;

    private string DropFolder => Path.Combine(_directory, "drop");

    [Fact]
    public async Task A_restart_mid_file_resumes_after_the_last_committed_batch_and_publishes_every_row_once()
    {
        Directory.CreateDirectory(DropFolder);
        await File.WriteAllTextAsync(Path.Combine(DropFolder, "signals-big.csv"), GeneratedExports.RentArrears(9));

        var beforeCrash = new CrashingProgress(crashAfterBatches: 2);
        await using (var first = Start(beforeCrash, pollInterval: "00:10:00"))
        {
            await first.StartAsync();
            await beforeCrash.Crashed.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        Assert.Equal([2, 4], beforeCrash.RowsDoneAfterEachBatch);
        Assert.True(File.Exists(Path.Combine(DropFolder, "signals-big.csv")), "the half-imported file must stay until it is done");

        var afterRestart = new CrashingProgress();
        await using var second = Start(afterRestart);
        await second.StartAsync();
        await Eventually.True(() => !File.Exists(Path.Combine(DropFolder, "signals-big.csv")), "the file was not finished after the restart");

        Assert.Equal([6, 8, 9], afterRestart.RowsDoneAfterEachBatch);
        var outbox = await second.OutboxAsync();
        Assert.Equal(9, outbox.Count);
        Assert.Equal(9, outbox.Select(m => m.MessageId).Distinct().Count());
        Assert.All(outbox, m => Assert.StartsWith(typeof(SignalRaised).FullName!, m.MessageType, StringComparison.Ordinal));
        BsnScanner.AssertNone(string.Join('\n', outbox.Select(m => m.Body)), "the outbox");
        var import = Assert.Single(await second.Query(db => db.Imports.ToListAsync()));
        Assert.Equal((ImportStatus.Completed, 9, 9), (import.Status, import.RowsDone, import.RowsTotal));
        await Eventually.True(() => second.Harness.Published.Select<SignalRaised>().Count() >= 5, "the resumed rows were not published");
    }

    [Fact]
    public async Task The_same_export_dropped_again_under_another_name_is_not_imported_again()
    {
        Directory.CreateDirectory(DropFolder);
        var export = GeneratedExports.RentArrears(3);
        await using var host = Start(new CrashingProgress());
        await host.StartAsync();
        await DropFolders.DropAsync(DropFolder, "signals-monday.csv", export);
        await Eventually.True(() => !File.Exists(Path.Combine(DropFolder, "signals-monday.csv")), "the first file was not imported");

        await DropFolders.DropAsync(DropFolder, "signals-monday-again.csv", export);
        await Eventually.True(() => !File.Exists(Path.Combine(DropFolder, "signals-monday-again.csv")), "the repeated file was not taken");

        Assert.Equal(3, (await host.OutboxAsync()).Count);
        Assert.Single(await host.Query(db => db.Imports.ToListAsync()));
    }

    [Fact]
    public async Task A_bad_export_moves_to_rejected_with_a_report_naming_row_and_field_and_publishes_nothing()
    {
        Directory.CreateDirectory(DropFolder);
        var export = GeneratedExports.RentArrears(4).Replace("752804741", "752804742", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(DropFolder, "signals-bad.csv"), export);
        await using var host = Start(new CrashingProgress());
        await host.StartAsync();

        var report = Path.Combine(DropFolder, "rejected", "signals-bad.csv.report.txt");
        await Eventually.True(() => File.Exists(report), "no report was written");
        Assert.Equal("row 3, field 'bsn': is not a valid BSN (9 digits passing the 11-check)", (await File.ReadAllTextAsync(report)).Trim());
        Assert.False(File.Exists(Path.Combine(DropFolder, "signals-bad.csv")));
        Assert.Empty(await host.OutboxAsync());
        var import = Assert.Single(await host.Query(db => db.Imports.ToListAsync()));
        Assert.Equal(ImportStatus.Rejected, import.Status);
    }

    [Fact]
    public async Task A_partner_export_api_is_polled_and_each_export_imported_once()
    {
        await using var partner = await SimulatedPartner.StartAsync("export-api-test-secret-0123456789abcdef");
        partner.OfferExport("2026-11-16-vacancies", "vacancies", GeneratedExports.Vacancies(2));
        var progress = new CrashingProgress();
        await using var host = Start(progress, exportApi: partner.BaseAddress);
        await host.StartAsync();

        await Eventually.True(async () => await host.Query(db => db.Imports.AnyAsync(i => i.Status == ImportStatus.Completed)), "the API export was not imported");
        partner.OfferExport("2026-11-17-vacancies", "vacancies", GeneratedExports.Vacancies(3));
        await Eventually.True(async () => await host.Query(db => db.Imports.CountAsync(i => i.Status == ImportStatus.Completed)) == 2, "the second API export was not imported");
        // Several more polls see both exports again and import neither.
        await Task.Delay(TimeSpan.FromSeconds(1));

        var imports = await host.Query(db => db.Imports.OrderBy(i => i.Source).ToListAsync());
        Assert.Equal(["api:2026-11-16-vacancies", "api:2026-11-17-vacancies"], imports.Select(i => i.Source));
        var outbox = await host.OutboxAsync();
        Assert.All(outbox, m => Assert.StartsWith(typeof(VacancyPublished).FullName!, m.MessageType, StringComparison.Ordinal));
        // Vacancies V-1 and V-2 appear in both exports: five messages, three distinct vacancies, each export's rows once.
        Assert.Equal(5, outbox.Count);
    }

    private AdapterHost<HousingDb> Start(CrashingProgress progress, string pollInterval = "00:00:00.200", Uri? exportApi = null) =>
        new(_directory, new Dictionary<string, string?>
        {
            ["Hub:Housing:Partners:0:OrganisationId"] = SampleExports.Elkien.OrganisationId,
            ["Hub:Housing:Partners:0:Role"] = SampleExports.Elkien.Role,
            ["Hub:Housing:Partners:0:DropFolder"] = exportApi is null ? DropFolder : null,
            ["Hub:Housing:Partners:0:ExportApi"] = exportApi?.ToString(),
            ["Hub:Housing:Import:BatchSize"] = "2",
            ["Hub:Housing:Import:PollInterval"] = pollInterval,
        }, builder => builder.AddHousing(), bus => bus.AddHousingConsumers(), services => services.AddSingleton<ImportProgress>(progress), output);

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { /* SQLite may still close its files */ }
    }
}
