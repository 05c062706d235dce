using Hub.Operations.Access;
using Hub.Operations.Clients;
using Hub.Operations.Options;
using Hub.Operations.Storage;
using Hub.ServiceDefaults;
using Hub.ServiceDefaults.Audit;
using Hub.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Hub.Operations.Live;

/// <summary>The live view: message rates per service from the audit trail, queues from the management API, health from this process and each watched service.</summary>
public sealed class LiveView(
    OperationsDb db,
    IServiceProvider services,
    IHttpClientFactory http,
    IOptions<OperationsOptions> options,
    IOptions<BrokerManagementOptions> broker,
    IOptions<RabbitMqOptions> rabbit,
    HealthCheckService healthChecks,
    IHostEnvironment host,
    TimeProvider clock)
{
    private static readonly TimeSpan RateWindow = TimeSpan.FromMinutes(5);

    public async Task<LiveSnapshot> TakeAsync(OperatorScope scope, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().UtcDateTime - RateWindow;
        var records = db.AuditRecords.AsNoTracking().Where(r => r.OccurredAt >= since);
        if (scope.Areas is { } areas)
        {
            records = records.Where(r => r.AreaId != null && areas.Contains(r.AreaId));
        }
        var counts = await records.GroupBy(r => new { r.Service, r.Stage }).Select(g => new { g.Key.Service, g.Key.Stage, Count = g.Count() }).ToListAsync(cancellationToken);
        var rates = counts.GroupBy(c => c.Service)
            .Select(g => new ServiceRate(g.Key,
                PerMinute(g.Where(c => c.Stage == AuditStages.Sent).Sum(c => c.Count)),
                PerMinute(g.Where(c => c.Stage == AuditStages.Processed).Sum(c => c.Count)),
                PerMinute(g.Where(c => c.Stage == AuditStages.Faulted).Sum(c => c.Count))))
            .OrderBy(r => r.Service).ToList();
        var queues = await QueuesAsync(cancellationToken);
        var health = await Task.WhenAll(options.Value.Services.Select(s => HealthAsync(s, cancellationToken)));
        return new LiveSnapshot(clock.GetUtcNow().UtcDateTime, rates, queues, [.. await OwnHealthAsync(cancellationToken), .. health]);
    }

    private static double PerMinute(int count) => Math.Round(count / RateWindow.TotalMinutes, 1);

    private async Task<IReadOnlyList<QueueView>?> QueuesAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(broker.Value.ManagementUrl))
        {
            return null; // the embedded run has no broker
        }
        try
        {
            var queues = await services.GetRequiredService<IRabbitMqManagementApi>().GetQueuesAsync(rabbit.Value.VirtualHost, cancellationToken);
            return queues.Where(q => !q.Name.Contains("_bus_", StringComparison.Ordinal))
                .Select(q => new QueueView(q.Name, q.Messages, q.Consumers, q.MessageStats?.PublishDetails?.Rate ?? 0, q.MessageStats?.DeliverGetDetails?.Rate ?? 0))
                .OrderBy(q => q.Name).ToList();
        }
        catch (Exception ex) when (ex is HttpRequestException or Refit.ApiException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return [];
        }
    }

    /// <summary>
    /// This process's own readiness, check by check (its bus, each of its databases). In the embedded run that is the whole
    /// Hub; in the distributed one it is the console's service beside the others it watches.
    /// </summary>
    private async Task<IEnumerable<ServiceHealth>> OwnHealthAsync(CancellationToken cancellationToken)
    {
        var report = await healthChecks.CheckHealthAsync(check => check.Tags.Contains(ServiceDefaultsExtensions.ReadyTag), cancellationToken);
        return report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => new ServiceHealth($"{host.ApplicationName} ({e.Key})", e.Value.Status == HealthStatus.Healthy ? "ready" : "not ready", null));
    }

    private async Task<ServiceHealth> HealthAsync(WatchedService service, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(service.BaseUrl))
        {
            return new ServiceHealth(service.Name, "unknown", null);
        }
        try
        {
            using var response = await http.CreateClient(nameof(LiveView)).GetAsync(new Uri(new Uri(service.BaseUrl), "health/ready"), cancellationToken);
            return new ServiceHealth(service.Name, response.IsSuccessStatusCode ? "ready" : "not ready", (int)response.StatusCode);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new ServiceHealth(service.Name, "unreachable", null);
        }
    }
}
