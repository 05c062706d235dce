using Hub.Contracts.Matching;
using MassTransit;

namespace Hub.Gateway.Tests;

/// <summary>Answers the gateway's reads the way job matching would: the vacancies published through it, one known vacancy and job seeker.</summary>
public sealed class FakeJobMatching :
    IConsumer<VacancyPublished>, IConsumer<VacancyWithdrawn>, IConsumer<GetVacancy>, IConsumer<GetVacancies>, IConsumer<GetVacancyProposals>,
    IConsumer<GetJobSeekerProposals>, IConsumer<GetJobSeekers>, IConsumer<GetAreaFigures>
{
    public static readonly Guid KnownVacancyId = Guid.Parse("0197a4d2-6b1e-7c3a-9f00-000000000001");
    public static readonly Guid KnownProposalId = Guid.Parse("0197a4d2-6b1e-7c3a-9f00-000000000002");
    public const string HubWideSubject = "ps-00000000000000000000000000000001";
    /// <summary>The job seeker the job agency registered, and the student the school registered, as job matching holds them (Hub-wide).</summary>
    public const string AgencysSeeker = "ps-00000000000000000000000000000a01";
    public const string SchoolsStudent = "ps-00000000000000000000000000000b01";
    /// <summary>How many proposals the fake says were made for each listed vacancy and seeker.</summary>
    public const int ListedProposals = 3;

    /// <summary>Vacancies published through the gateway, by id, with their employer: readable back, as job matching stores them.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, string> Published = new() { [KnownVacancyId] = GatewayApplication.EmployerId };

    /// <summary>Vacancies withdrawn by their employer: read back as "withdrawn".</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, bool> Withdrawn = new();

    public Task Consume(ConsumeContext<VacancyPublished> context)
    {
        Published.TryAdd(context.Message.VacancyId, context.Message.EmployerId);
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<VacancyWithdrawn> context)
    {
        if (Published.TryGetValue(context.Message.VacancyId, out var employer) && employer == context.Message.EmployerId)
        {
            Withdrawn[context.Message.VacancyId] = true;
        }
        return Task.CompletedTask;
    }

    /// <summary>A vacancy for its own employer only (without an answer the gateway would wait for its request timeout and say 503).</summary>
    public Task Consume(ConsumeContext<GetVacancy> context) =>
        Published.TryGetValue(context.Message.VacancyId, out var employer) && employer == context.Message.RequestedBy
            ? context.RespondAsync(new VacancyDetails
            {
                VacancyId = context.Message.VacancyId, EmployerId = employer, Title = "Leerling-monteur", OccupationCode = "7126",
                Postcode = "8925AB", HoursPerWeek = 32, Positions = 1, ClosingDate = new DateOnly(2027, 3, 1), IsRecoveryJob = true,
                IsLearnWorkPlace = false, HasWageCostCompensation = false, RequiredSkills = [], NiceToHaveSkills = [], RequiredLicences = [],
                Status = Withdrawn.ContainsKey(context.Message.VacancyId) ? "withdrawn" : "open", PublishedAt = new DateTime(2026, 5, 1, 9, 0, 0, DateTimeKind.Utc), RegisteredAt = new DateTime(2026, 5, 1, 9, 0, 1, DateTimeKind.Utc),
            })
            : context.RespondAsync(new VacancyNotFound { VacancyId = context.Message.VacancyId });

    /// <summary>The asker's own vacancies only, as job matching lists them, narrowed to a status when asked.</summary>
    public Task Consume(ConsumeContext<GetVacancies> context) =>
        context.RespondAsync(new VacancyList
        {
            Vacancies = [.. Published.Where(p => p.Value == context.Message.RequestedBy)
                .Select(p => (VacancyId: p.Key, Status: Withdrawn.ContainsKey(p.Key) ? "withdrawn" : "open"))
                .Where(v => context.Message.Status is null || v.Status == context.Message.Status)
                .Select(v => new VacancySummary
                {
                    VacancyId = v.VacancyId, Title = "Leerling-monteur", OccupationCode = "7126", Postcode = "8925AB", Status = v.Status,
                    ClosingDate = new DateOnly(2027, 3, 1), IsRecoveryJob = true, PublishedAt = new DateTime(2026, 5, 1, 9, 0, 0, DateTimeKind.Utc),
                    Proposals = ListedProposals,
                })],
        });

    /// <summary>The job agency's one job seeker, the school's one student; nobody else's.</summary>
    public Task Consume(ConsumeContext<GetJobSeekers> context) =>
        context.RespondAsync(new JobSeekerList
        {
            JobSeekers = context.Message.RequestedBy switch
            {
                GatewayApplication.JobAgencyId => [Seeker(AgencysSeeker)],
                GatewayApplication.SchoolId => [Seeker(SchoolsStudent)],
                _ => [],
            },
        });

    public Task Consume(ConsumeContext<GetVacancyProposals> context) =>
        context.Message.VacancyId == KnownVacancyId && context.Message.RequestedBy == GatewayApplication.EmployerId
            ? context.RespondAsync(new VacancyProposals { VacancyId = KnownVacancyId, Proposals = [Proposal(HubWideSubject)] })
            : context.RespondAsync(new VacancyNotFound { VacancyId = context.Message.VacancyId });

    public Task Consume(ConsumeContext<GetJobSeekerProposals> context) =>
        context.RespondAsync(new JobSeekerProposals
        {
            SubjectPseudonym = context.Message.SubjectPseudonym,
            Proposals = context.Message.RequestedBy == GatewayApplication.JobAgencyId ? [Proposal(context.Message.SubjectPseudonym)] : [],
        });

    public Task Consume(ConsumeContext<GetAreaFigures> context) =>
        context.RespondAsync(new AreaFigures
        {
            Rows = [.. context.Message.AreaIds.Select(area => new AreaMonthFigures { AreaId = area, Month = "2026-05", Vacancies = 4, Proposals = 9, Acceptances = 3, Placements = 2 })],
        });

    private static JobSeekerSummary Seeker(string subject) => new()
    {
        SubjectPseudonym = subject,
        Postcode = "8924AB",
        TargetOccupations = ["7126"],
        AvailableFrom = new DateOnly(2026, 6, 1),
        Status = "active",
        RegisteredAt = new DateTime(2026, 5, 2, 9, 0, 0, DateTimeKind.Utc),
        Proposals = ListedProposals,
    };

    private static ProposalView Proposal(string subject) => new()
    {
        ProposalId = KnownProposalId,
        VacancyId = KnownVacancyId,
        SubjectPseudonym = subject,
        Rank = 1,
        IsPriority = true,
        Score = 87,
        Reasons = ["Lives in Leeuwarden Oost (focus area)", "Seeks this occupation"],
        Status = "proposed",
        ProposedAt = new DateTime(2026, 5, 4, 9, 0, 0, DateTimeKind.Utc),
    };
}
