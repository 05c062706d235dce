using Hub.Contracts.Matching;
using Hub.JobMatching.Matching;
using Hub.JobMatching.Proposals;
using Hub.JobMatching.Storage;

namespace Hub.JobMatching.JobSeekers;

/// <summary>Keeps job seekers registered by the job agency (or schools, for students) and proposes vacancies to them.</summary>
public sealed class JobSeekerRegistry(MatchingDb db, EngineSync engine, FocusAreas areas, ProposalPlanner planner, ProposalLifecycle lifecycle)
{
    public async Task Register(JobSeekerRegistered registered, CancellationToken cancellationToken)
    {
        var seeker = await db.JobSeekers.FindAsync([registered.SubjectPseudonym], cancellationToken);
        if (seeker is not null && seeker.JobAgencyId != registered.JobAgencyId)
        {
            return; // another agency's seeker: never overwritten from outside
        }
        if (seeker is null)
        {
            seeker = new JobSeeker { SubjectPseudonym = registered.SubjectPseudonym, JobAgencyId = registered.JobAgencyId, Postcode = registered.Postcode };
            db.JobSeekers.Add(seeker);
        }
        Apply(registered, seeker);
        engine.Changed(seeker);
        await db.SaveChangesAsync(cancellationToken);

        if (!seeker.ConsentToShare)
        {
            await lifecycle.LapseOpenProposalsOf(seeker, cancellationToken);
            return;
        }
        await planner.FillSeeker(seeker, cancellationToken);
    }

    public async Task Withdraw(JobSeekerWithdrawn withdrawn, CancellationToken cancellationToken)
    {
        var seeker = await db.JobSeekers.FindAsync([withdrawn.SubjectPseudonym], cancellationToken);
        if (seeker is null || seeker.JobAgencyId != withdrawn.JobAgencyId || seeker.IsWithdrawn)
        {
            return;
        }
        seeker.IsWithdrawn = true;
        engine.Changed(seeker);
        await db.SaveChangesAsync(cancellationToken);
        await lifecycle.LapseOpenProposalsOf(seeker, cancellationToken);
    }

    private void Apply(JobSeekerRegistered registered, JobSeeker seeker)
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
