using System.Collections.Concurrent;
using Hub.Contracts.Operations;
using Hub.ServiceDefaults;
using Hub.ServiceDefaults.Audit;
using Hub.ServiceDefaults.Messaging;
using Hub.Testing;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Operations.Tests;

/// <summary>
/// AddHubMessaging's audit wire tap on the in-memory transport (a consumer-level test; delivery over RabbitMQ is
/// covered by the console's browser tests): what a service reports about the messages it sends and handles.
/// </summary>
public sealed class Tapping_the_wire : IAsyncLifetime
{
    private IHost _host = null!;
    private readonly CollectedAudit _audit = new();

    public async Task InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ApplicationName = "Probe.Service", EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hub:Messaging:Transport"] = "InMemory",
            ["Hub:Messaging:RetryLimit"] = "2",
            ["Hub:Audit:FlushInterval"] = "00:00:00.050",
        });
        // As in every service: telemetry on, so MassTransit's activities (and trace ids) exist.
        builder.AddServiceDefaults();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(_audit);
        builder.AddHubMessaging(bus =>
        {
            bus.AddConsumer<ProbeConsumer>();
            bus.AddConsumer<AuditCollector>();
        });
        _host = builder.Build();
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    [Fact]
    public async Task Reports_the_send_the_receipt_and_the_processing_with_business_facts_only()
    {
        var probe = NewProbe(shouldFail: false);
        var messageId = await Publish(probe);

        var entries = await _audit.WaitFor(messageId, e => e.Any(x => x.Stage == AuditStages.Processed));

        Assert.Equal([AuditStages.Sent, AuditStages.Received, AuditStages.Processed], entries.Select(e => e.Stage));
        var processed = entries.Single(e => e.Stage == AuditStages.Processed);
        Assert.Equal(typeof(ProbeRaised).FullName, processed.MessageType);
        Assert.EndsWith(nameof(ProbeConsumer), processed.Consumer);
        Assert.Equal("probe", processed.Endpoint);
        Assert.NotNull(processed.ProcessingMilliseconds);
        Assert.NotNull(processed.SentAt);
        Assert.NotNull(processed.ConversationId);
        Assert.Equal(32, processed.TraceId?.Length);
        Assert.Equal(probe.ProbeId.ToString(), processed.Facts["ProbeId"]);
        Assert.All(entries, e => Assert.DoesNotContain(e.Facts.Values, v => v == probe.SubjectPseudonym || v == probe.Reason));
        Assert.All(_audit.Batches, b => Assert.Equal("Probe.Service", b.Service));
    }

    [Fact]
    public async Task Reports_each_retry_and_the_fault_with_the_exception_but_never_a_bsn()
    {
        var messageId = await Publish(NewProbe(shouldFail: true));

        var entries = await _audit.WaitFor(messageId, e => e.Any(x => x.Stage == AuditStages.Faulted) && e.Count(x => x.Stage == AuditStages.Retried) == 2);

        var retries = entries.Where(e => e.Stage == AuditStages.Retried).ToList();
        Assert.Equal([1, 2], retries.Select(r => r.RetryAttempt));
        var fault = Assert.Single(entries, e => e.Stage == AuditStages.Faulted);
        Assert.Equal(typeof(InvalidOperationException).FullName, fault.ExceptionType);
        Assert.Contains("register unavailable", fault.ExceptionMessage);
        BsnScanner.AssertNone(string.Join('\n', entries.Select(e => e.ExceptionMessage)), "the audit entries' exception messages");
        Assert.DoesNotContain(entries, e => e.Stage == AuditStages.Processed);
    }

    private async Task<Guid> Publish(ProbeRaised probe)
    {
        var messageId = NewId.NextGuid();
        await _host.Services.GetRequiredService<IBus>().Publish(probe, context => context.MessageId = messageId);
        return messageId;
    }

    private static ProbeRaised NewProbe(bool shouldFail) => new()
    {
        ProbeId = Guid.NewGuid(),
        Category = "rent-arrears",
        EmployerId = "00000001820029336000",
        Postcode = "8925AB",
        SubjectPseudonym = "ps-0123456789abcdef0123456789abcdef",
        Reason = "private reason",
        ShouldFail = shouldFail,
    };

    public sealed class ProbeConsumer : IConsumer<ProbeRaised>
    {
        public Task Consume(ConsumeContext<ProbeRaised> context) => context.Message.ShouldFail
            // The BSN in the message stands for a careless exception text; the tap must mask it.
            ? throw new InvalidOperationException("Person 637337670: register unavailable")
            : Task.CompletedTask;
    }

    public sealed class AuditCollector(CollectedAudit audit) : IConsumer<AuditBatch>
    {
        public Task Consume(ConsumeContext<AuditBatch> context)
        {
            audit.Batches.Add(context.Message);
            return Task.CompletedTask;
        }
    }

    public sealed class CollectedAudit
    {
        public ConcurrentBag<AuditBatch> Batches { get; } = [];

        public async Task<List<AuditEntry>> WaitFor(Guid messageId, Func<List<AuditEntry>, bool> complete)
        {
            List<AuditEntry> Entries() => Batches.SelectMany(b => b.Entries).Where(e => e.MessageId == messageId).OrderBy(e => e.OccurredAt).ToList();
            await Eventually.True(() => complete(Entries()), $"audit entries for {messageId}");
            return Entries();
        }
    }
}
