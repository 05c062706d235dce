using Hub.Housing;
using Hub.Housing.Storage;
using Hub.PartnerIntegration.Import;
using Hub.PartnerIntegration.Storage;
using Hub.PartnerSimulator;
using Hub.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace Hub.PartnerServices.Tests;

/// <summary>
/// What an adapter does with partner systems it does not control: it follows no redirects, speaks https to other
/// machines, reads no links and no oversized files, and keeps rejected exports (they hold BSNs) only for a while.
/// </summary>
public sealed class Guarding_the_partner_edges(ITestOutputHelper output) : IDisposable
{
    private const string Partner = "00000001802327497000";
    private readonly string _directory = Directory.CreateTempSubdirectory("hub-partner-edges-").FullName;

    private string DropFolder => Path.Combine(_directory, "drop");

    [Fact]
    public async Task A_webhook_answering_a_redirect_does_not_send_the_payload_on()
    {
        await using var elsewhere = await SimulatedPartner.StartAsync("partner-a-webhook-secret-0123456789abcdef");
        await using var partner = await SimulatedPartner.StartAsync("partner-a-webhook-secret-0123456789abcdef");
        partner.Mode = PartnerMode.Redirecting;
        partner.RedirectTo = elsewhere.WebhookUrl;
        await using var host = Start(new Dictionary<string, string?>
        {
            ["Hub:Housing:Partners:0:WebhookUrl"] = partner.WebhookUrl.ToString(),
            ["Hub:Housing:Partners:0:WebhookSecret"] = partner.Secret,
            ["Hub:Housing:Delivery:GiveUpAfter"] = "00:00:02",
        });
        await host.StartAsync();

        await host.Harness.Bus.Publish(Deliveries.SignalFor(Partner, 1));

        await Eventually.True(async () => await host.Query(db => db.Deliveries.AnyAsync(d => d.Status == DeliveryStatus.Failed)), "the delivery did not fail");
        Assert.Equal(1, partner.Attempts);
        Assert.Equal(0, elsewhere.Attempts);
        Assert.Contains("HTTP 307", await host.Query(db => db.Deliveries.Select(d => d.LastError).SingleAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_export_api_answering_a_redirect_is_not_followed()
    {
        await using var elsewhere = await SimulatedPartner.StartAsync("export-api-test-secret-0123456789abcdef");
        elsewhere.OfferExport("2026-11-16-vacancies", "vacancies", GeneratedExports.Vacancies(2));
        await using var partner = await SimulatedPartner.StartAsync("export-api-test-secret-0123456789abcdef");
        partner.OfferExport("2026-11-16-vacancies", "vacancies", GeneratedExports.Vacancies(2));
        partner.Mode = PartnerMode.Redirecting;
        partner.RedirectTo = elsewhere.BaseAddress;
        await using var host = Start(new Dictionary<string, string?> { ["Hub:Housing:Partners:0:ExportApi"] = partner.BaseAddress.ToString() });
        await host.StartAsync();

        // Several polls: the download answers 307 each time and nothing is read from the other address.
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.False(await host.Query(db => db.Imports.AnyAsync(i => i.Status == ImportStatus.Completed)), "an export was read through a redirect");
        Assert.Empty(await host.OutboxAsync());
    }

    [Theory]
    [InlineData("WebhookUrl", "http://partner.example.org/webhook")]
    [InlineData("ExportApi", "http://partner.example.org/")]
    public async Task A_plain_http_address_on_another_machine_stops_the_start(string setting, string address)
    {
        await using var host = Start(new Dictionary<string, string?>
        {
            [$"Hub:Housing:Partners:0:{setting}"] = address,
            ["Hub:Housing:Partners:0:WebhookSecret"] = "partner-a-webhook-secret-0123456789abcdef",
        });

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(host.StartAsync);

        Assert.Contains("must be https://", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_in_the_drop_folder_is_removed_unread()
    {
        Directory.CreateDirectory(DropFolder);
        var outside = Path.Combine(_directory, "elsewhere.csv");
        await File.WriteAllTextAsync(outside, GeneratedExports.RentArrears(3));
        File.CreateSymbolicLink(Path.Combine(DropFolder, "signals-linked.csv"), outside);
        await using var host = Start(new Dictionary<string, string?> { ["Hub:Housing:Partners:0:DropFolder"] = DropFolder });
        await host.StartAsync();

        await Eventually.True(() => !File.Exists(Path.Combine(DropFolder, "signals-linked.csv")) && !Path.Exists(Path.Combine(DropFolder, "signals-linked.csv")),
            "the link was not removed");

        Assert.True(File.Exists(outside), "the file the link pointed at is not the adapter's to touch");
        Assert.Empty(await host.Query(db => db.Imports.ToListAsync()));
        Assert.Empty(await host.OutboxAsync());
    }

    [Fact]
    public async Task An_export_over_the_size_limit_is_rejected_unread()
    {
        Directory.CreateDirectory(DropFolder);
        await File.WriteAllTextAsync(Path.Combine(DropFolder, "signals-big.csv"), GeneratedExports.RentArrears(20));
        await using var host = Start(new Dictionary<string, string?>
        {
            ["Hub:Housing:Partners:0:DropFolder"] = DropFolder,
            ["Hub:Housing:Import:MaxExportBytes"] = "512",
        });
        await host.StartAsync();

        var report = Path.Combine(DropFolder, "rejected", "signals-big.csv.report.txt");
        await Eventually.True(() => File.Exists(report), "the oversized export was not rejected");
        Assert.Contains("than the 512 bytes an export may have", await File.ReadAllTextAsync(report), StringComparison.Ordinal);
        Assert.Empty(await host.Query(db => db.Imports.ToListAsync()));
    }

    [Fact]
    public async Task A_rejected_export_is_deleted_after_the_retention_period()
    {
        Directory.CreateDirectory(DropFolder);
        await File.WriteAllTextAsync(Path.Combine(DropFolder, "signals-bad.csv"),
            GeneratedExports.RentArrears(4).Replace("752804741", "752804742", StringComparison.Ordinal));
        await using var host = Start(new Dictionary<string, string?>
        {
            ["Hub:Housing:Partners:0:DropFolder"] = DropFolder,
            ["Hub:Housing:Import:RejectedRetention"] = "00:00:02",
        });
        await host.StartAsync();

        var rejected = Path.Combine(DropFolder, "rejected", "signals-bad.csv");
        await Eventually.True(() => File.Exists(rejected), "the bad export was not rejected");
        await Eventually.True(() => !File.Exists(rejected) && !File.Exists(rejected + ".report.txt"), "the rejected export was kept past its retention");
    }

    private AdapterHost<HousingDb> Start(Dictionary<string, string?> settings)
    {
        settings["Hub:Housing:Partners:0:OrganisationId"] = Partner;
        settings["Hub:Housing:Partners:0:Role"] = "housing-corporation";
        settings.TryAdd("Hub:Housing:Import:PollInterval", "00:00:00.200");
        settings.TryAdd("Hub:Housing:Delivery:InitialBackoff", "00:00:00.100");
        settings.TryAdd("Hub:Housing:Delivery:MaxBackoff", "00:00:00.500");
        return new(_directory, settings, builder => builder.AddHousing(), bus => bus.AddHousingConsumers(), output: output);
    }

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { /* SQLite may still close its files */ }
    }
}
