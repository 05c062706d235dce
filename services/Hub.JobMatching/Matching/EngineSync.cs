using Hub.JobMatching.Options;
using Microsoft.Extensions.Options;

namespace Hub.JobMatching.Matching;

/// <summary>
/// Keeps this instance's engine in step with the database that every job-matching instance shares.
/// Each change to matching state happens under one lock (a transaction-scoped PostgreSQL advisory
/// lock; on SQLite the write lock that every transaction takes), so proposals are counted against
/// committed truth and no two instances fill the same slot. Every vacancy or seeker change is stamped
/// with the next index version; entering the lock replays the rows stamped since this instance last
/// looked (other instances' changes) and re-reads the ones it changed itself in case their
/// transaction rolled back. When the highest stamp in the database is the one this instance last saw
/// and its own changes are known to be committed, entering costs one query instead of the replay.
/// A seeker at the cap on open proposals is not in the engine at all, so rankings never visit them and no
/// query has to find out who is capped: the seeker row's count decides, and reaching or leaving the cap stamps it.
/// </summary>
public sealed class EngineSync(IJobMatcher engine, IOptions<MatchingOptions> options)
{
    /// <summary>The advisory lock key: "job-matching" as a number, shared by every instance.</summary>
    private const long MatchingLock = 0x6a6f622d6d617463;

    private readonly Lock _gate = new();
    private readonly HashSet<Guid> _changedVacancies = [];
    private readonly HashSet<string> _changedSeekers = new(StringComparer.Ordinal);
    private long _seen = -1;
    private long _next;
    private long _entries;

    /// <summary>Takes the matching lock for the current transaction and brings the engine up to date.</summary>
    /// <returns>This entry's number, for <see cref="Committed"/>.</returns>
    public async Task<long> EnterAsync(MatchingDb db, CancellationToken cancellationToken) =>
        (await CatchUpAsync(db, cancellationToken)).Entry;

    /// <summary>Like <see cref="EnterAsync"/>, and says how many vacancy and seeker rows were read.</summary>
    public async Task<(long Entry, int Vacancies, int Seekers)> CatchUpAsync(MatchingDb db, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Matching state changes only inside a transaction.");
        }
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({MatchingLock})", cancellationToken);
        }

        long entry, seen;
        Guid[] ownVacancies;
        string[] ownSeekers;
        lock (_gate)
        {
            (entry, seen, ownVacancies, ownSeekers) = (++_entries, _seen, [.. _changedVacancies], [.. _changedSeekers]);
        }
        if (ownVacancies.Length == 0 && ownSeekers.Length == 0 && await LatestVersionAsync(db, cancellationToken) <= seen)
        {
            return (entry, 0, 0);
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
        return (entry, vacancies.Count, seekers.Count);
    }

    /// <summary>
    /// The transaction of <paramref name="entry"/> committed: the engine already holds its changes, so the next entry
    /// need not re-read them. If another transaction entered since, that entry replayed them already.
    /// </summary>
    public void Committed(long entry)
    {
        lock (_gate)
        {
            if (entry == _entries)
            {
                _seen = _next - 1;
                _changedVacancies.Clear();
                _changedSeekers.Clear();
            }
        }
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

    /// <summary>
    /// Counts a proposal opened (+1) or closed (-1) for <paramref name="seeker"/>, whose row is saved with it. Reaching the
    /// cap takes the seeker out of the engine and leaving it brings them back, each stamped like any other seeker change.
    /// </summary>
    public void CountOpenProposals(JobSeeker seeker, int change)
    {
        var wasRanked = IsRanked(seeker);
        seeker.OpenProposals += change;
        if (IsRanked(seeker) != wasRanked)
        {
            Changed(seeker);
        }
    }

    /// <summary>Whether the seeker can be proposed at all: registered, consenting, and under the cap on open proposals.</summary>
    public bool IsRanked(JobSeeker seeker) =>
        !seeker.IsWithdrawn && seeker.ConsentToShare && seeker.OpenProposals < options.Value.MaxOpenProposalsPerSeeker;

    /// <summary>The highest index version stamped by any instance, in one round trip (both columns are indexed).</summary>
    private static Task<long> LatestVersionAsync(MatchingDb db, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<long>($"""
            SELECT COALESCE(MAX(latest), 0) AS "Value"
            FROM (SELECT MAX("IndexVersion") AS latest FROM vacancies UNION ALL SELECT MAX("IndexVersion") FROM job_seekers) AS versions
            """).SingleAsync(cancellationToken);

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
        if (IsRanked(seeker))
        {
            engine.Upsert(seeker.ToProfile());
        }
        else
        {
            engine.Remove(seeker.SubjectPseudonym);
        }
    }
}
