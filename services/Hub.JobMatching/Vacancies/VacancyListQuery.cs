namespace Hub.JobMatching.Vacancies;

/// <summary>A partner's own vacancies, newest first, each with the number of proposals made for it (one grouped query).</summary>
public sealed class VacancyListQuery(MatchingDb db)
{
    public const int MaxCount = 200;

    public async Task<VacancyList> For(GetVacancies request, CancellationToken cancellationToken)
    {
        var vacancies = db.Vacancies.AsNoTracking().Where(v => v.EmployerId == request.RequestedBy);
        if (request.Status is not null)
        {
            // The gateway sends only the words of the API; anything else matches no vacancy.
            if (VacancyMapping.StatusNamed(request.Status) is not { } status)
            {
                return new VacancyList { Vacancies = [] };
            }
            vacancies = vacancies.Where(v => v.Status == status);
        }
        var listed = await vacancies.OrderByDescending(v => v.PublishedAt).ThenByDescending(v => v.Id).Take(MaxCount).ToListAsync(cancellationToken);
        var ids = listed.Select(v => v.Id).ToList();
        var proposals = await db.Proposals.AsNoTracking()
            .Where(p => ids.Contains(p.VacancyId))
            .GroupBy(p => p.VacancyId)
            .Select(g => new { VacancyId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.VacancyId, g => g.Count, cancellationToken);
        return new VacancyList { Vacancies = [.. listed.Select(v => VacancyMapping.ToSummary(v, proposals.GetValueOrDefault(v.Id)))] };
    }
}
