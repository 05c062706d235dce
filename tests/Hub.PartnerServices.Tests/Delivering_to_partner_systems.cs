using System.Diagnostics;
using Hub.Contracts.Partners;
using Hub.Housing;
using Hub.Housing.Storage;
using Hub.PartnerIntegration.Delivery;
using Hub.PartnerIntegration.Storage;
using Hub.PartnerSimulator;
using Hub.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Hub.PartnerServices.Tests;

/// <summary>
/// Webhook delivery against simulated partner systems, with time compressed: waits of 100-500 ms and a
/// circuit break of 1 s stand in for production's 5 s-15 min and 1 min, so a few seconds of downtime
/// are "hours" to the delivery engine.
/// </summary>
public sealed class Delivering_to_partner_systems(ITestOutputHelper output) : IDisposable
{
    private const string PartnerA = "00000001802327497000";
    private const string PartnerB = "00000001810220350000";
    private readonly string _directory = Directory.CreateTempSubdirectory("hub-housing-delivery-").FullName;

    [Fact]
    public async Task A_partner_down_for_a_long_stretch_gets_everything_afterwards_in_order_without_a_busy_loop()
    {
        await using var down = await SimulatedPartner.StartAsync("partner-a-webhook-secret-0123456789abcdef");
        await using var up = await SimulatedPartner.StartAsync("partner-b-webhook-secret-0123456789abcdef");
        down.Mode = PartnerMode.Down;
        await using var host = Start(down, up);
        await host.StartAsync();
        var circuits = host.Services.GetRequiredService<PartnerCircuits<HousingDb>>();

        var forA = new List<Guid>();
        var forB = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            var signal = Deliveries.SignalFor(PartnerA, i);
            forA.Add(signal.DeliveryId);
            await host.Harness.Bus.Publish(signal);
            if (i % 4 == 0)
            {
                var other = Deliveries.SignalFor(PartnerB, i);
                forB.Add(other.DeliveryId);
                await host.Harness.Bus.Publish(other);
            }
        }

        // The partner that is up is not held up by the one that is down.
        await Eventually.True(() => up.Received.Count == forB.Count, "partner B did not get its deliveries while A was down");
        await Eventually.True(() => circuits.Of(PartnerA).TimesOpened >= 1, "the circuit to the partner that is down did not open");
        var downtime = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(6));
        var attemptsWhileDown = down.Attempts;
        var secondsDown = downtime.Elapsed.TotalSeconds;
        output.WriteLine($"{attemptsWhileDown} requests to the partner that was down, {circuits.Of(PartnerA).TimesOpened} circuit openings");

        down.Mode = PartnerMode.Up;
        await Eventually.True(() => down.Received.Count == forA.Count, "not everything reached the partner after it came back");

        // No busy loop: a hot loop would knock thousands of times; the engine knocks about once per circuit break.
        Assert.InRange(attemptsWhileDown, 3, 3 + (int)(secondsDown / 1.0 * 2) + 6);
        Assert.Equal(forA, down.Received.Select(r => r.DeliveryId));
        Assert.Equal(forB, up.Received.Select(r => r.DeliveryId));
        Assert.Equal(0, down.BadSignatures + up.BadSignatures);
        Assert.All(down.Received, r => Assert.Equal("signal-delivered", r.Event));
        Assert.Equal("closed", circuits.Of(PartnerA).State);
        Assert.True(circuits.Of(PartnerA).TimesClosed >= 1, "the circuit did not close again");
        // The partner holds the last delivery a moment before the engine records its 200.
        await Eventually.True(() => host.Query(db => db.Deliveries.AllAsync(d => d.Status == DeliveryStatus.Delivered)), "every delivery is recorded as delivered");
    }

    [Fact]
    public async Task A_restart_while_the_partner_is_down_loses_and_repeats_nothing()
    {
        await using var partner = await SimulatedPartner.StartAsync("partner-a-webhook-secret-0123456789abcdef");
        await using var unused = await SimulatedPartner.StartAsync("partner-b-webhook-secret-0123456789abcdef");
        partner.Mode = PartnerMode.Failing;
        var sent = new List<Guid>();
        await using (var before = Start(partner, unused))
        {
            await before.StartAsync();
            for (var i = 0; i < 10; i++)
            {
                var signal = Deliveries.SignalFor(PartnerA, i);
                sent.Add(signal.DeliveryId);
                await before.Harness.Bus.Publish(signal);
            }
            await Eventually.True(async () => await before.Query(db => db.Deliveries.CountAsync()) == 10 && partner.Attempts >= 1,
                "the deliveries were not stored and tried");
        }

        partner.Mode = PartnerMode.Up;
        await using var after = Start(partner, unused);
        await after.StartAsync();
        await Eventually.True(() => partner.Received.Count == sent.Count, "not everything stored before the restart was delivered after it");

        Assert.Equal(sent, partner.Received.Select(r => r.DeliveryId));
        Assert.Equal(0, partner.Duplicates);
    }

    [Fact]
    public async Task A_delivery_that_fails_for_good_waits_where_an_operator_can_retry_it()
    {
        await using var failing = await SimulatedPartner.StartAsync("partner-a-webhook-secret-0123456789abcdef");
        await using var rejecting = await SimulatedPartner.StartAsync("partner-b-webhook-secret-0123456789abcdef");
        failing.Mode = PartnerMode.Failing;
        rejecting.Mode = PartnerMode.Rejecting;
        await using var host = Start(failing, rejecting, giveUpAfter: "00:00:02");
        await host.StartAsync();
        var toFailing = Deliveries.SignalFor(PartnerA, 1);
        var toRejecting = Deliveries.SignalFor(PartnerB, 2);
        await host.Harness.Bus.Publish(toFailing);
        await host.Harness.Bus.Publish(toRejecting);

        await Eventually.True(async () => await host.Query(db => db.Deliveries.CountAsync(d => d.Status == DeliveryStatus.Failed)) == 2,
            "the deliveries did not fail for good");
        await Eventually.True(() => host.Harness.Published.Select<PartnerDeliveryFailed>().Count() == 2, "operators were not told");
        Assert.Equal(1, rejecting.Attempts); // a 4xx is not retried: the same request would be refused again
        var reasons = host.Harness.Published.Select<PartnerDeliveryFailed>().Select(m => m.Context.Message).ToDictionary(m => m.DeliveryId, m => m.Reason);
        Assert.Contains("HTTP 400", reasons[toRejecting.DeliveryId], StringComparison.Ordinal);
        Assert.Contains("HTTP 503", reasons[toFailing.DeliveryId], StringComparison.Ordinal);

        failing.Mode = PartnerMode.Up;
        rejecting.Mode = PartnerMode.Up;
        // As the console asks it, on the adapter's own queue.
        var retries = host.Services.GetRequiredService<IClientFactory>().CreateRequestClient<RetryPartnerDelivery>(new Uri("queue:housing-operations"));
        var retry = await retries.GetResponse<PartnerDeliveryRetry>(new RetryPartnerDelivery { DeliveryId = toFailing.DeliveryId, RequestedBy = "operator" });
        Assert.Equal("retrying", retry.Message.Outcome);
        Assert.Equal("not-failed", (await retries.GetResponse<PartnerDeliveryRetry>(new RetryPartnerDelivery { DeliveryId = toFailing.DeliveryId, RequestedBy = "operator" })).Message.Outcome);
        Assert.Equal("not-found", (await retries.GetResponse<PartnerDeliveryRetry>(new RetryPartnerDelivery { DeliveryId = Guid.NewGuid(), RequestedBy = "operator" })).Message.Outcome);
        await Eventually.True(() => failing.Received.Count == 1, "the retried delivery did not arrive");

        Assert.Equal(toFailing.DeliveryId, failing.Received[0].DeliveryId);
        Assert.Empty(rejecting.Received); // only what the operator retried goes out again
        Assert.Equal(DeliveryStatus.Failed, await host.Query(db => db.Deliveries.Where(d => d.DeliveryId == toRejecting.DeliveryId).Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_backlog_per_partner_is_measured_for_the_operations_dashboard()
    {
        await using var down = await SimulatedPartner.StartAsync("partner-a-webhook-secret-0123456789abcdef");
        await using var up = await SimulatedPartner.StartAsync("partner-b-webhook-secret-0123456789abcdef");
        down.Mode = PartnerMode.Down;
        await using var host = Start(down, up);
        await host.StartAsync();
        using var gauges = new GaugeReader(host.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), WebhookMetrics.Meter, WebhookMetrics.PartnerTag);

        for (var i = 0; i < 5; i++)
        {
            await host.Harness.Bus.Publish(Deliveries.SignalFor(PartnerA, i));
        }
        await host.Harness.Bus.Publish(Deliveries.SignalFor(PartnerB, 0));
        await Eventually.True(() => up.Received.Count == 1, "partner B got its delivery");
        await Eventually.True(() => gauges.Read(WebhookMetrics.Pending, PartnerA) == 5 && gauges.Read(WebhookMetrics.Pending, PartnerB) == 0,
            "partner A's five deliveries are counted as waiting, partner B's delivered one not");

        Assert.Equal(0, gauges.Read(WebhookMetrics.Failed, PartnerA));
        Assert.Equal(0, gauges.Read(WebhookMetrics.Failed, PartnerB));
    }

    private AdapterHost<HousingDb> Start(SimulatedPartner a, SimulatedPartner b, string giveUpAfter = "01:00:00") =>
        new(_directory, new Dictionary<string, string?>
        {
            ["Hub:Housing:Partners:0:OrganisationId"] = PartnerA,
            ["Hub:Housing:Partners:0:WebhookUrl"] = a.WebhookUrl.ToString(),
            ["Hub:Housing:Partners:0:WebhookSecret"] = a.Secret,
            ["Hub:Housing:Partners:1:OrganisationId"] = PartnerB,
            ["Hub:Housing:Partners:1:WebhookUrl"] = b.WebhookUrl.ToString(),
            ["Hub:Housing:Partners:1:WebhookSecret"] = b.Secret,
            ["Hub:Housing:Delivery:InitialBackoff"] = "00:00:00.100",
            ["Hub:Housing:Delivery:MaxBackoff"] = "00:00:00.500",
            ["Hub:Housing:Delivery:BreakDuration"] = "00:00:01",
            ["Hub:Housing:Delivery:MinimumThroughput"] = "3",
            ["Hub:Housing:Delivery:SamplingDuration"] = "00:00:30",
            ["Hub:Housing:Delivery:AttemptTimeout"] = "00:00:05",
            ["Hub:Housing:Delivery:GiveUpAfter"] = giveUpAfter,
            ["Hub:Housing:Delivery:IdlePoll"] = "00:00:05",
        }, builder => builder.AddHousing(), bus => bus.AddHousingConsumers(), output: output);

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { /* SQLite may still close its files */ }
    }
}
