using Hub.Contracts.Commands;
using Hub.JobMatching.Proposals;
using Hub.Messaging.Outbox;

namespace Hub.JobMatching.Vacancies;

/// <summary>Keeps the vacancies partners published, announces each registration, and has them matched.</summary>
public sealed class VacancyRegistry(
    MatchingDb db,
    Outbox<MatchingDb> outbox,
    EngineSync engine,
    FocusAreas areas,
    ProposalPlanner planner,
    ProposalLifecycle lifecycle,
    TimeProvider clock,
    ILogger<VacancyRegistry> logger)
{
    /// <summary>
    /// Adds or updates a vacancy; a stale version (published earlier than the stored one) is ignored, and a withdrawn or
    /// filled vacancy takes no new version (it stays closed and is not matched again).
    /// </summary>
    public async Task<CommandDecision> Register(VacancyPublished published, CancellationToken cancellationToken)
    {
        var vacancy = await db.Vacancies.FindAsync([published.VacancyId], cancellationToken);
        var refusal = vacancy is null ? null
            : vacancy.EmployerId != published.EmployerId ? CommandDecision.Refused(CommandReasons.NotYours, "The vacancy belongs to another partner.")
            : !VacancyTransitions.Allows(vacancy.Status, VacancyStatus.Open) ? CommandDecision.Refused(CommandReasons.WrongState, $"The vacancy is {vacancy.Status.ToString().ToLowerInvariant()}; it takes no new version.")
            : vacancy.PublishedAt > published.PublishedAt ? CommandDecision.Refused(CommandReasons.Stale, "A newer version of the vacancy was applied already.")
            : null;
        if (refusal is not null)
        {
            logger.LogWarning("Version of vacancy {VacancyId} refused: {Reason}", published.VacancyId, refusal.Reason);
            return refusal;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (vacancy is null)
        {
            vacancy = New(published, now);
            db.Vacancies.Add(vacancy);
        }
        Apply(published, vacancy);
        vacancy.FocusAreaId = areas.AreaOf(vacancy.Postcode)?.Id;

        outbox.Publish(Registered(vacancy, now));
        engine.Changed(vacancy);
        // Not saved here: the planner's queries do not read the vacancy row, and its save (or the inbox's) takes it along.
        await planner.FillVacancy(vacancy, cancellationToken);
        return CommandDecision.Applied;
    }

    public async Task<CommandDecision> Withdraw(VacancyWithdrawn withdrawn, CancellationToken cancellationToken)
    {
        var vacancy = await db.Vacancies.FindAsync([withdrawn.VacancyId], cancellationToken);
        if (vacancy is null)
        {
            return CommandDecision.Refused(CommandReasons.NotFound, "There is no such vacancy.");
        }
        if (vacancy.EmployerId != withdrawn.EmployerId)
        {
            return CommandDecision.Refused(CommandReasons.NotYours, "The vacancy belongs to another partner.");
        }
        if (!VacancyTransitions.Allows(vacancy.Status, VacancyStatus.Withdrawn))
        {
            return CommandDecision.Refused(CommandReasons.WrongState, $"The vacancy is {vacancy.Status.ToString().ToLowerInvariant()} already.");
        }
        vacancy.Status = VacancyStatus.Withdrawn;
        engine.Changed(vacancy);
        await db.SaveChangesAsync(cancellationToken);
        await lifecycle.LapseOpenProposalsOf(vacancy, cancellationToken);
        return CommandDecision.Applied;
    }

    public Task<Vacancy?> FindOwned(Guid vacancyId, string partnerId, CancellationToken cancellationToken) =>
        db.Vacancies.AsNoTracking().SingleOrDefaultAsync(v => v.Id == vacancyId && v.EmployerId == partnerId, cancellationToken);

    /// <summary>Copies a publication onto the stored vacancy; public so the load harness's Wolverine peer builds vacancies the same way.</summary>
    /// <summary>A vacancy as first registered from <paramref name="published"/>, before <see cref="Apply"/> fills in the rest.</summary>
    public static Vacancy New(VacancyPublished published, DateTime registeredAt) => new()
    {
        Id = published.VacancyId,
        EmployerId = published.EmployerId,
        Title = published.Title,
        OccupationCode = published.OccupationCode,
        Postcode = published.Postcode,
        RegisteredAt = registeredAt,
    };

    /// <summary>The announcement that <paramref name="vacancy"/> is stored and will be matched.</summary>
    public static VacancyRegistered Registered(Vacancy vacancy, DateTime registeredAt) => new()
    {
        VacancyId = vacancy.Id,
        EmployerId = vacancy.EmployerId,
        Postcode = vacancy.Postcode,
        IsRecoveryJob = vacancy.IsRecoveryJob,
        RegisteredAt = registeredAt,
    };

    public static void Apply(VacancyPublished published, Vacancy vacancy)
    {
        vacancy.Title = published.Title;
        vacancy.OccupationCode = published.OccupationCode;
        vacancy.Postcode = published.Postcode;
        vacancy.HoursPerWeek = published.HoursPerWeek;
        vacancy.Positions = published.Positions;
        vacancy.ClosingDate = published.ClosingDate;
        vacancy.IsRecoveryJob = published.IsRecoveryJob;
        vacancy.IsLearnWorkPlace = published.IsLearnWorkPlace;
        vacancy.HasWageCostCompensation = published.HasWageCostCompensation;
        vacancy.RequiredSkills = [.. published.RequiredSkills];
        vacancy.NiceToHaveSkills = [.. published.NiceToHaveSkills];
        vacancy.RequiredLicences = [.. published.RequiredLicences];
        vacancy.Status = VacancyStatus.Open;
        vacancy.PublishedAt = published.PublishedAt;
    }
}
