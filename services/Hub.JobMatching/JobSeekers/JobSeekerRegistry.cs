using Hub.Contracts.Commands;
using Hub.JobMatching.Proposals;

namespace Hub.JobMatching.JobSeekers;

/// <summary>Keeps job seekers registered by the job agency (or schools, for students) and proposes vacancies to them.</summary>
public sealed class JobSeekerRegistry(MatchingDb db, EngineSync engine, FocusAreas areas, ProposalPlanner planner, ProposalLifecycle lifecycle)
{
    public async Task<CommandDecision> Register(JobSeekerRegistered registered, CancellationToken cancellationToken)
    {
        var seeker = await db.JobSeekers.FindAsync([registered.SubjectPseudonym], cancellationToken);
        if (seeker is not null && seeker.JobAgencyId != registered.JobAgencyId)
        {
            // Another agency's seeker: never overwritten from outside.
            return CommandDecision.Refused(CommandReasons.NotYours, "The resident is registered by another partner.");
        }
        if (seeker is null)
        {
            seeker = new JobSeeker { SubjectPseudonym = registered.SubjectPseudonym, JobAgencyId = registered.JobAgencyId, Postcode = registered.Postcode };
            db.JobSeekers.Add(seeker);
        }
        Apply(registered, seeker, areas);
        engine.Changed(seeker);
        await db.SaveChangesAsync(cancellationToken);

        if (!seeker.ConsentToShare)
        {
            await lifecycle.LapseOpenProposalsOf(seeker, cancellationToken);
            return CommandDecision.Applied;
        }
        await planner.FillSeeker(seeker, cancellationToken);
        return CommandDecision.Applied;
    }

    public async Task<CommandDecision> Withdraw(JobSeekerWithdrawn withdrawn, CancellationToken cancellationToken)
    {
        var seeker = await db.JobSeekers.FindAsync([withdrawn.SubjectPseudonym], cancellationToken);
        var refusal = seeker is null ? CommandDecision.Refused(CommandReasons.NotFound, "The resident is not registered.")
            : seeker.JobAgencyId != withdrawn.JobAgencyId ? CommandDecision.Refused(CommandReasons.NotYours, "The resident is registered by another partner.")
            : seeker.IsWithdrawn ? CommandDecision.Refused(CommandReasons.WrongState, "The resident was withdrawn already.")
            : null;
        if (refusal is not null || seeker is null)
        {
            return refusal!;
        }
        seeker.IsWithdrawn = true;
        engine.Changed(seeker);
        await db.SaveChangesAsync(cancellationToken);
        await lifecycle.LapseOpenProposalsOf(seeker, cancellationToken);
        return CommandDecision.Applied;
    }

    /// <summary>Copies a registration onto the stored seeker; public so the load harness's Wolverine peer builds seekers the same way.</summary>
    public static void Apply(JobSeekerRegistered registered, JobSeeker seeker, FocusAreas areas)
    {
        seeker.Postcode = registered.Postcode;
        seeker.FocusAreaId = areas.AreaOf(registered.Postcode)?.Id;
        seeker.TargetOccupations = [.. registered.TargetOccupations];
        seeker.Skills = [.. registered.Skills];
        seeker.Languages = [.. registered.Languages];
        seeker.Licences = [.. registered.Licences];
        seeker.HoursMin = registered.HoursMin;
        seeker.HoursMax = registered.HoursMax;
        seeker.AvailableFrom = registered.AvailableFrom;
        seeker.MaxTravelKm = registered.MaxTravelKm;
        seeker.EducationLevel = registered.EducationLevel;
        seeker.Benefit = Enum.TryParse<BenefitType>(registered.BenefitType, ignoreCase: true, out var benefit) ? benefit : BenefitType.Other;
        seeker.BenefitSince = registered.BenefitSince;
        seeker.ConsentToShare = registered.ConsentToShare;
        seeker.IsStudent = registered.IsStudent;
        seeker.HasJobGuarantee = registered.HasJobGuarantee;
        seeker.LearnWorkDeadline = registered.LearnWorkDeadline;
        seeker.IsWithdrawn = false;
        seeker.RegisteredAt = registered.RegisteredAt;
    }
}
