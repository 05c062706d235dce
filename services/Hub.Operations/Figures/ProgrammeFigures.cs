using System.Text.Json;
using Hub.Contracts.Matching;
using Hub.Contracts.Signals;
using Hub.Operations.Access;
using Hub.Operations.Storage;
using Hub.ServiceDefaults.Audit;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Hub.Operations.Figures;

/// <summary>
/// Programme figures for the console: vacancies, proposals and placements from job matching (asked over the bus,
/// limited to the operator's areas), signals and signal decisions counted from the audit trail. No personal data.
/// </summary>
public sealed class ProgrammeFigures(OperationsDb db, IRequestClient<GetAreaFigures> areaFigures)
{
    private static readonly string DeliveredType = typeof(SignalDelivered).FullName!;
    private static readonly string WithheldType = typeof(SignalWithheld).FullName!;
    private static readonly string RaisedType = typeof(SignalRaised).FullName!;

    public async Task<IReadOnlyList<AreaMonthRow>> PerAreaAndMonthAsync(OperatorScope scope, CancellationToken cancellationToken)
    {
        var response = await areaFigures.GetResponse<AreaFigures>(new GetAreaFigures { AreaIds = scope.Areas ?? [] }, cancellationToken);
        var signals = (await SentRecords(scope, RaisedType).Select(r => new { r.AreaId, r.OccurredAt }).ToListAsync(cancellationToken))
            .Where(r => r.AreaId is not null)
            .GroupBy(r => (AreaId: r.AreaId!, Month: r.OccurredAt.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)))
            .ToDictionary(g => g.Key, g => g.Count());
        var rows = response.Message.Rows
            .Select(r => new AreaMonthRow(r.AreaId, r.Month, r.Vacancies, r.Proposals, r.Acceptances, r.Placements, signals.GetValueOrDefault((r.AreaId, r.Month))))
            .ToList();
        rows.AddRange(signals.Where(s => !rows.Any(r => r.AreaId == s.Key.AreaId && r.Month == s.Key.Month))
            .Select(s => new AreaMonthRow(s.Key.AreaId, s.Key.Month, 0, 0, 0, 0, s.Value)));
        return rows.Where(r => scope.Allows(r.AreaId)).OrderBy(r => r.AreaId).ThenBy(r => r.Month).ToList();
    }

    public async Task<IReadOnlyList<SignalDecisionCount>> SignalDecisionsAsync(OperatorScope scope, DateTime? from, CancellationToken cancellationToken)
    {
        var records = await SentRecords(scope, DeliveredType, WithheldType)
            .Where(r => from == null || r.OccurredAt >= from)
            .Select(r => new { r.MessageType, r.Facts, r.AreaId })
            .ToListAsync(cancellationToken);
        return records
            .Select(r =>
            {
                var facts = r.Facts is null ? [] : JsonSerializer.Deserialize<Dictionary<string, string>>(r.Facts) ?? [];
                var delivered = r.MessageType == DeliveredType;
                return (Decision: delivered ? "delivered" : "withheld", Category: facts.GetValueOrDefault("Category") ?? "?",
                    Basis: facts.GetValueOrDefault(delivered ? "Basis" : "Reason") ?? "?", Area: r.AreaId ?? "(no area)");
            })
            .GroupBy(r => r)
            .Select(g => new SignalDecisionCount(g.Key.Decision, g.Key.Category, g.Key.Basis, g.Key.Area, g.Count()))
            .OrderBy(c => c.Category).ThenBy(c => c.Decision).ThenBy(c => c.BasisOrReason)
            .ToList();
    }

    /// <summary>The publishing service's "sent" entry counts each message once.</summary>
    private IQueryable<AuditRecord> SentRecords(OperatorScope scope, params string[] types)
    {
        var records = db.AuditRecords.AsNoTracking().Where(r => r.Stage == AuditStages.Sent && types.Contains(r.MessageType));
        if (scope.Areas is { } areas)
        {
            records = records.Where(r => r.AreaId != null && areas.Contains(r.AreaId));
        }
        return records;
    }
}
