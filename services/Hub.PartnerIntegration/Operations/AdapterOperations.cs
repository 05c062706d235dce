using Hub.Contracts.Partners;
using Hub.PartnerIntegration.Delivery;
using Hub.PartnerIntegration.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hub.PartnerIntegration.Operations;

/// <summary>
/// What an operator can see and do at one adapter: imports, deliveries, circuits, retry. Reached only through the
/// console (over the bus, <see cref="AdapterOperationsConsumer{TDb}"/>), which signs the operator in and checks the role.
/// </summary>
public sealed class AdapterOperations<TDb>(TDb db, PartnerAdapter<TDb> adapter, PartnerCircuits<TDb> circuits, DeliveryWake<TDb> wake, TimeProvider clock,
    ILogger<AdapterOperations<TDb>> logger)
    where TDb : PartnerAdapterDb
{
    public async Task<AdapterActivity> ActivityAsync(DeliveryStatus? status, string? partner, CancellationToken ct) => new()
    {
        Adapter = adapter.Name,
        Imports = [.. (await db.Imports.AsNoTracking().OrderByDescending(i => i.StartedAt).Take(100).ToListAsync(ct)).Select(i => new AdapterImport
        {
            ImportId = i.Id, PartnerOrganisation = i.PartnerId, Source = i.Source, Kind = i.Kind, Status = i.Status.ToString().ToLowerInvariant(),
            RowsDone = i.RowsDone, RowsTotal = i.RowsTotal, Report = i.Report, StartedAt = i.StartedAt, FinishedAt = i.FinishedAt,
        })],
        Deliveries = [.. (await db.Deliveries.AsNoTracking()
            .Where(d => (status == null || d.Status == status) && (partner == null || d.PartnerId == partner))
            .OrderByDescending(d => d.Sequence).Take(200)
            .ToListAsync(ct)).Select(d => new AdapterDelivery
        {
            DeliveryId = d.DeliveryId, PartnerOrganisation = d.PartnerId, EventType = d.EventType, Status = d.Status.ToString().ToLowerInvariant(),
            Attempts = d.Attempts, CreatedAt = d.CreatedAt, NextAttemptAt = d.NextAttemptAt, DeliveredAt = d.DeliveredAt, LastError = d.LastError,
        })],
        Circuits = [.. circuits.All.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new AdapterCircuit
        {
            PartnerOrganisation = c.Key, State = c.Value.State, Since = c.Value.Since, TimesOpened = c.Value.TimesOpened, TimesClosed = c.Value.TimesClosed,
        })],
    };

    public async Task<PartnerDeliveryRetry> RetryAsync(Guid deliveryId, string requestedBy, CancellationToken ct)
    {
        var delivery = await db.Deliveries.SingleOrDefaultAsync(d => d.DeliveryId == deliveryId, ct);
        if (delivery is null)
        {
            return new PartnerDeliveryRetry { DeliveryId = deliveryId, Outcome = "not-found" };
        }
        if (delivery.Status != DeliveryStatus.Failed)
        {
            return new PartnerDeliveryRetry { DeliveryId = deliveryId, Outcome = "not-failed", Detail = $"The delivery is {delivery.Status.ToString().ToLowerInvariant()}." };
        }
        // Back in the partner's queue at its original place, with a fresh give-up clock.
        delivery.Status = DeliveryStatus.Pending;
        delivery.NextAttemptAt = clock.GetUtcNow().UtcDateTime;
        delivery.FirstFailedAt = null;
        delivery.LastError = null;
        await db.SaveChangesAsync(ct);
        wake.Notify(delivery.PartnerId);
        logger.LogInformation("Delivery {DeliveryId} to {Partner} retried by operator {Operator}", deliveryId, delivery.PartnerId, requestedBy);
        return new PartnerDeliveryRetry { DeliveryId = deliveryId, Outcome = "retrying" };
    }
}
