namespace Hub.Signals.Feedback;

/// <summary>
/// The sender's list of its own signals, newest first: per signal only how many candidate recipients were decided and
/// how many got it (one grouped query each). Never which recipient was withheld or why, never the resident.
/// </summary>
public sealed class RaisedSignalsQuery(SignalsDb db)
{
    public const int MaxCount = 200;

    public async Task<SignalList> For(GetRaisedSignals request, CancellationToken cancellationToken)
    {
        var signals = await db.Signals.AsNoTracking()
            .Where(s => s.RaisedBy == request.RequestedBy)
            .OrderByDescending(s => s.RaisedAt).ThenByDescending(s => s.Id)
            .Take(MaxCount)
            .Select(s => new { s.Id, s.Category, s.State, s.OccurredOn, s.RaisedAt })
            .ToListAsync(cancellationToken);
        var ids = signals.Select(s => s.Id).ToList();
        var delivered = await db.Deliveries.AsNoTracking()
            .Where(d => ids.Contains(d.SignalId))
            .GroupBy(d => d.SignalId)
            .Select(g => new { SignalId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.SignalId, g => g.Count, cancellationToken);
        var withheld = await db.DisclosureLog.AsNoTracking()
            .Where(e => e.Decision == DisclosureDecision.Withheld && e.SignalId != null && ids.Contains(e.SignalId.Value))
            .GroupBy(e => e.SignalId!.Value)
            .Select(g => new { SignalId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.SignalId, g => g.Count, cancellationToken);
        return new SignalList
        {
            Signals = [.. signals.Select(s => new SignalSummary
            {
                SignalId = s.Id,
                Category = s.Category,
                State = s.State == SignalState.Routed ? "routed" : "rejected",
                OccurredOn = s.OccurredOn,
                RaisedAt = s.RaisedAt,
                Recipients = delivered.GetValueOrDefault(s.Id) + withheld.GetValueOrDefault(s.Id),
                Delivered = delivered.GetValueOrDefault(s.Id),
            })],
        };
    }
}
