using System.Globalization;

namespace Hub.JobMatching.Figures;

/// <summary>
/// Vacancies (by workplace area and registration month), proposals (by the seeker's area and month
/// proposed), acceptances and placements (by the month they happened), per focus area. Counts only.
/// </summary>
public sealed class AreaFiguresQuery(MatchingDb db)
{
    public async Task<AreaFigures> Run(IReadOnlyCollection<string> areaIds, CancellationToken cancellationToken)
    {
        var all = areaIds.Count == 0;
        var vacancies = await db.Vacancies.AsNoTracking()
            .Where(v => v.FocusAreaId != null && (all || areaIds.Contains(v.FocusAreaId)))
            .Select(v => new { Area = v.FocusAreaId!, v.RegisteredAt })
            .ToListAsync(cancellationToken);
        var proposals = await db.Proposals.AsNoTracking()
            .Where(p => p.FocusAreaId != null && (all || areaIds.Contains(p.FocusAreaId)))
            .Select(p => new { Area = p.FocusAreaId!, p.ProposedAt, p.AnsweredAt, p.PlacedAt, p.Status })
            .ToListAsync(cancellationToken);

        var rows = new Dictionary<(string Area, string Month), int[]>();
        void Count(string area, DateTime at, int column)
        {
            var key = (area, at.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            if (!rows.TryGetValue(key, out var counts))
            {
                rows[key] = counts = new int[4];
            }
            counts[column]++;
        }
        vacancies.ForEach(v => Count(v.Area, v.RegisteredAt, 0));
        foreach (var proposal in proposals)
        {
            Count(proposal.Area, proposal.ProposedAt, 1);
            if (proposal.AnsweredAt is { } answered && proposal.Status is ProposalStatus.Accepted or ProposalStatus.Hired or ProposalStatus.Rejected)
            {
                Count(proposal.Area, answered, 2);
            }
            if (proposal.PlacedAt is { } placed && proposal.Status == ProposalStatus.Hired)
            {
                Count(proposal.Area, placed, 3);
            }
        }
        return new AreaFigures
        {
            Rows = [.. rows.OrderBy(r => r.Key.Area, StringComparer.Ordinal).ThenBy(r => r.Key.Month, StringComparer.Ordinal)
                .Select(r => new AreaMonthFigures { AreaId = r.Key.Area, Month = r.Key.Month, Vacancies = r.Value[0], Proposals = r.Value[1], Acceptances = r.Value[2], Placements = r.Value[3] })],
        };
    }
}
