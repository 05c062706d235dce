namespace Hub.JobMatching.JobSeekers;

/// <summary>
/// The job seekers (or students) one partner registered, newest first, each with the number of proposals made to them
/// (one grouped query). Withdrawn seekers are kept, so they are listed as withdrawn.
/// </summary>
public sealed class JobSeekerListQuery(MatchingDb db)
{
    public const int MaxCount = 200;

    public async Task<JobSeekerList> For(GetJobSeekers request, CancellationToken cancellationToken)
    {
        var seekers = await db.JobSeekers.AsNoTracking()
            .Where(s => s.JobAgencyId == request.RequestedBy)
            .OrderByDescending(s => s.RegisteredAt).ThenByDescending(s => s.SubjectPseudonym)
            .Take(MaxCount)
            .ToListAsync(cancellationToken);
        var subjects = seekers.Select(s => s.SubjectPseudonym).ToList();
        var proposals = await db.Proposals.AsNoTracking()
            .Where(p => subjects.Contains(p.SubjectPseudonym))
            .GroupBy(p => p.SubjectPseudonym)
            .Select(g => new { Subject = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Subject, g => g.Count, cancellationToken);
        return new JobSeekerList
        {
            JobSeekers = [.. seekers.Select(s => new JobSeekerSummary
            {
                SubjectPseudonym = s.SubjectPseudonym,
                Postcode = s.Postcode,
                TargetOccupations = s.TargetOccupations,
                AvailableFrom = s.AvailableFrom,
                Status = s.IsWithdrawn ? "withdrawn" : "active",
                RegisteredAt = s.RegisteredAt,
                Proposals = proposals.GetValueOrDefault(s.SubjectPseudonym),
            })],
        };
    }
}
