namespace Hub.JobMatching.Matching;

/// <summary>The engine's vacancy index: by ISCO minor group, so a seeker visits only vacancies it links to.</summary>
internal sealed class VacancyIndex
{
    private readonly Dictionary<int, List<VacancyEntry>> groups = [];

    public void Add(VacancyEntry vacancy)
    {
        if (!groups.TryGetValue(vacancy.MinorGroup, out var list))
        {
            groups[vacancy.MinorGroup] = list = [];
        }
        list.Add(vacancy);
    }

    public void Remove(VacancyEntry vacancy)
    {
        if (groups.TryGetValue(vacancy.MinorGroup, out var list) && list.IndexOf(vacancy) is var index and >= 0)
        {
            list[index] = list[^1];
            list.RemoveAt(list.Count - 1);
        }
    }

    public void Visit(SeekerEntry seeker, VacancyRanking ranking)
    {
        // MinorGroups are distinct, and a vacancy sits in one group, so none is offered twice.
        foreach (var group in seeker.MinorGroups)
        {
            if (groups.TryGetValue(group, out var list))
            {
                foreach (var vacancy in list)
                {
                    ranking.Offer(vacancy);
                }
            }
        }
    }
}
