using Hub.PartnerIntegration.Delivery;
using Hub.PartnerIntegration.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Hub.PartnerIntegration.Operations;

/// <summary>What an operator can see and do at one adapter: imports, deliveries, circuits, retry.</summary>
public sealed class AdapterOperations<TDb>(TDb db, PartnerCircuits<TDb> circuits, DeliveryWake<TDb> wake, TimeProvider clock)
    where TDb : PartnerAdapterDb
{
    public async Task<IResult> ImportsAsync(CancellationToken ct) => TypedResults.Ok(
        (await db.Imports.AsNoTracking().OrderByDescending(i => i.StartedAt).Take(100).ToListAsync(ct))
            .Select(i => new { i.Id, i.PartnerId, i.Source, i.Kind, Status = i.Status.ToString(), i.RowsDone, i.RowsTotal, i.Report, i.StartedAt, i.FinishedAt }));

    public async Task<IResult> DeliveriesAsync(DeliveryStatus? status, string? partner, CancellationToken ct) => TypedResults.Ok(
        (await db.Deliveries.AsNoTracking()
            .Where(d => (status == null || d.Status == status) && (partner == null || d.PartnerId == partner))
            .OrderByDescending(d => d.Sequence).Take(200)
            .ToListAsync(ct))
            .Select(d => new { d.DeliveryId, d.Sequence, d.PartnerId, d.EventType, Status = d.Status.ToString(), d.Attempts, d.CreatedAt, d.NextAttemptAt, d.DeliveredAt, d.LastError }));

    public IResult Circuits() => TypedResults.Ok(circuits.All);

    public async Task<IResult> RetryAsync(Guid deliveryId, CancellationToken ct)
    {
        var delivery = await db.Deliveries.SingleOrDefaultAsync(d => d.DeliveryId == deliveryId, ct);
        if (delivery is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such delivery");
        }
        if (delivery.Status != DeliveryStatus.Failed)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Only a failed delivery can be retried",
                detail: $"The delivery is {delivery.Status.ToString().ToLowerInvariant()}.");
        }
        // Back in the partner's queue at its original place, with a fresh give-up clock.
        delivery.Status = DeliveryStatus.Pending;
        delivery.NextAttemptAt = clock.GetUtcNow().UtcDateTime;
        delivery.FirstFailedAt = null;
        delivery.LastError = null;
        await db.SaveChangesAsync(ct);
        wake.Notify(delivery.PartnerId);
        return TypedResults.Accepted((string?)null);
    }
}
