using System.Net.Http.Json;
using Hub.Operations.Options;
using Hub.Operations.Storage;
using Hub.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Operations.Alerts;

/// <summary>
/// Checks the audit trail every <c>CheckInterval</c>: too many faulted messages within the window, or a watched
/// service that reported nothing for <c>SilentAfter</c>, raise an alert (once per window per subject) to the webhook.
/// </summary>
internal sealed class AlertMonitor(
    IServiceScopeFactory scopes,
    IHttpClientFactory http,
    AlertLog log,
    IOptionsMonitor<AlertOptions> options,
    IOptions<OperationsOptions> operations,
    TimeProvider clock,
    ILogger<AlertMonitor> logger) : BackgroundService
{
    private readonly Dictionary<string, DateTime> _lastRaised = [];
    private readonly DateTime _startedAt = clock.GetUtcNow().UtcDateTime;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(options.CurrentValue.CheckInterval, clock, stoppingToken);
            try
            {
                await CheckAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Checking alert thresholds failed");
            }
        }
    }

    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OperationsDb>();

        var windowStart = now - settings.Window;
        var faulted = await db.AuditRecords.CountAsync(r => r.Stage == AuditStages.Faulted && r.OccurredAt >= windowStart, cancellationToken);
        if (faulted >= settings.FailureThreshold)
        {
            await RaiseAsync(new Alert("failures", "all", $"{faulted} messages failed in the last {settings.Window}", faulted, now), settings, cancellationToken);
        }
        // The same per focus area, for the operators of that area's municipality.
        var perArea = await db.AuditRecords.Where(r => r.Stage == AuditStages.Faulted && r.OccurredAt >= windowStart && r.AreaId != null)
            .GroupBy(r => r.AreaId!).Select(g => new { Area = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        foreach (var area in perArea.Where(a => a.Count >= settings.FailureThreshold))
        {
            await RaiseAsync(new Alert("failures", area.Area, $"{area.Count} messages of {area.Area} failed in the last {settings.Window}", area.Count, now, area.Area),
                settings, cancellationToken);
        }

        var silentSince = now - settings.SilentAfter;
        if (_startedAt > silentSince)
        {
            return; // give every service the full period after the console itself started
        }
        foreach (var service in operations.Value.Services)
        {
            var heard = await db.AuditRecords.AnyAsync(r => r.Service == service.Name && r.OccurredAt >= silentSince, cancellationToken);
            if (!heard)
            {
                await RaiseAsync(new Alert("silent-service", service.Name, $"{service.Name} reported no messages for {settings.SilentAfter}", 0, now), settings, cancellationToken);
            }
        }
    }

    private async Task RaiseAsync(Alert alert, AlertOptions settings, CancellationToken cancellationToken)
    {
        var key = $"{alert.Kind}:{alert.Subject}";
        if (_lastRaised.TryGetValue(key, out var last) && alert.RaisedAt - last < settings.Window)
        {
            return;
        }
        _lastRaised[key] = alert.RaisedAt;
        log.Add(alert);
        logger.LogWarning("Alert {Kind} for {Subject}: {Count}", alert.Kind, alert.Subject, alert.Count);
        if (!string.IsNullOrWhiteSpace(settings.WebhookUrl))
        {
            using var response = await http.CreateClient(nameof(AlertMonitor)).PostAsJsonAsync(settings.WebhookUrl, alert, cancellationToken);
            response.EnsureSuccessStatusCode();
        }
    }
}
