namespace Hub.JobMatching.Matching;

/// <summary>
/// Holds job seekers and open vacancies and ranks them against each other, both ways. Top N per vacancy
/// and the cap on open proposals per seeker are the caller's; it excludes seekers (or vacancies) it
/// cannot propose through the predicate, which must be pure and must not call back into the matcher.
/// </summary>
public interface IJobMatcher
{
    /// <summary>Adds a seeker, or replaces the one with the same pseudonym.</summary>
    void Upsert(SeekerProfile seeker);

    /// <summary>Removes a seeker (found work, moved, consent revoked); false when unknown.</summary>
    bool Remove(string subjectPseudonym);

    /// <summary>Adds a vacancy, or replaces the one with the same id.</summary>
    void Upsert(VacancyProfile vacancy);

    /// <summary>Removes a vacancy (withdrawn, filled); false when unknown.</summary>
    bool Remove(Guid vacancyId);

    /// <summary>The best <paramref name="top"/> seekers for a stored vacancy, best first; empty when the vacancy is unknown.</summary>
    IReadOnlyList<RankedCandidate> RankSeekersFor(Guid vacancyId, int top, DateOnly today, Func<string, bool>? isExcluded = null);

    /// <summary>The best <paramref name="top"/> seekers for a vacancy that need not be stored, best first.</summary>
    IReadOnlyList<RankedCandidate> RankSeekersFor(VacancyProfile vacancy, int top, DateOnly today, Func<string, bool>? isExcluded = null);

    /// <summary>The best <paramref name="top"/> stored vacancies for a seeker, best first; empty when the seeker is unknown.</summary>
    IReadOnlyList<RankedVacancy> RankVacanciesFor(string subjectPseudonym, int top, DateOnly today, Func<Guid, bool>? isExcluded = null);
}
