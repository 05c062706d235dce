using Hub.JobMatching.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.JobMatching.Matching;

/// <summary>
/// Keeps this instance's engine in step with the database that every job-matching instance shares.
/// Each change to matching state happens under one lock (a transaction-scoped PostgreSQL advisory
/// lock; on SQLite the write lock that every transaction takes), so proposals are counted against
/// committed truth and no two instances fill the same slot. Every vacancy or seeker change is stamped
/// with the next index version; entering the lock replays the rows stamped since this instance last
/// looked (other instances' changes) and re-reads the ones it changed itself in case their
/// transaction rolled back.
/// </summary>
public sealed class EngineSync(IJobMatcher engine)
{
    /// <summary>The advisory lock key: "job-matching" as a number, shared by every instance.</summary>
    private const long MatchingLock = 0x6a6f622d6d617463;

    private readonly Lock _gate = new();
    private readonly HashSet<Guid> _changedVacancies = [];
    private readonly HashSet<string> _changedSeekers = new(StringComparer.Ordinal);
    private long _seen = -1;
    private long _next;

    /// <summary>Takes the matching lock for the current transaction and brings the engine up to date.</summary>
    /// <returns>How many vacancy and seeker rows were read.</returns>
    public async Task<(int Vacancies, int Seekers)> EnterAsync(MatchingDb db, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Matching state changes only inside a transaction.");
        }
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({MatchingLock})", cancellationToken);
        }

        long seen;
        Guid[] ownVacancies;
        string[] ownSeekers;
        lock (_gate)
        {
            (seen, ownVacancies, ownSeekers) = (_seen, [.. _changedVacancies], [.. _changedSeekers]);
        }
        var vacancies = await db.Vacancies.AsNoTracking().Where(v => v.IndexVersion > seen || ownVacancies.Contains(v.Id)).ToListAsync(cancellationToken);
        var seekers = await db.JobSeekers.AsNoTracking().Where(s => s.IndexVersion > seen || ownSeekers.Contains(s.SubjectPseudonym)).ToListAsync(cancellationToken);

        lock (_gate)
        {
            vacancies.ForEach(Apply);
            seekers.ForEach(Apply);
            // Changed here but not in the database: an insert that rolled back.
            foreach (var id in ownVacancies.Except(vacancies.Select(v => v.Id)))
            {
                engine.Remove(id);
            }
            foreach (var pseudonym in ownSeekers.Except(seekers.Select(s => s.SubjectPseudonym), StringComparer.Ordinal))
            {
                engine.Remove(pseudonym);
            }
            _seen = Math.Max(seen, Math.Max(
                vacancies.Select(v => v.IndexVersion).DefaultIfEmpty(0).Max(),
                seekers.Select(s => s.IndexVersion).DefaultIfEmpty(0).Max()));
            _next = _seen + 1;
            _changedVacancies.Clear();
            _changedSeekers.Clear();
        }
        return (vacancies.Count, seekers.Count);
    }

    /// <summary>Stamps a vacancy about to be saved and applies it to the engine; call after <see cref="EnterAsync"/>, before saving.</summary>
    public void Changed(Vacancy vacancy)
    {
        lock (_gate)
        {
            vacancy.IndexVersion = _next++;
            _changedVacancies.Add(vacancy.Id);
            Apply(vacancy);
        }
    }

    /// <summary>Stamps a job seeker about to be saved and applies it to the engine; call after <see cref="EnterAsync"/>, before saving.</summary>
    public void Changed(JobSeeker seeker)
    {
        lock (_gate)
        {
            seeker.IndexVersion = _next++;
            _changedSeekers.Add(seeker.SubjectPseudonym);
            Apply(seeker);
        }
    }

    private void Apply(Vacancy vacancy)
    {
        if (vacancy.Status == VacancyStatus.Open)
        {
            engine.Upsert(vacancy.ToProfile());
        }
        else
        {
            engine.Remove(vacancy.Id);
        }
    }

    private void Apply(JobSeeker seeker)
    {
        if (!seeker.IsWithdrawn && seeker.ConsentToShare)
        {
            engine.Upsert(seeker.ToProfile());
        }
        else
        {
            engine.Remove(seeker.SubjectPseudonym);
        }
    }
}
