using Hub.Contracts.Matching;
using Hub.JobMatching.Storage;
using Hub.JobMatching.Vacancies;
using Wolverine;

namespace Hub.LoadTests.Peer;

/// <summary>
/// Job matching's half of the intake, on Wolverine's durable inbox: stores the vacancy, ranks the seekers with the Hub's
/// engine, stores the proposals and publishes VacancyRegistered and one ProposalMade per proposal, all in one transaction.
/// </summary>
public static class VacancyPublishedHandler
{
    public static async Task HandleAsync(VacancyPublished published, IMessageBus bus, PeerStore store, PeerMatching matching, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var vacancy = new Vacancy
        {
            Id = published.VacancyId,
            EmployerId = published.EmployerId,
            Title = published.Title,
            OccupationCode = published.OccupationCode,
            Postcode = published.Postcode,
            RegisteredAt = now,
        };
        VacancyRegistry.Apply(published, vacancy);
        vacancy.FocusAreaId = matching.Areas.AreaOf(vacancy.Postcode)?.Id;

        await using var transaction = await store.BeginAsync(bus, cancellationToken);
        if (!await transaction.TryInsertVacancyAsync(vacancy, cancellationToken))
        {
            await transaction.CommitAsync(cancellationToken); // stored before: a redelivery, nothing more to do
            return;
        }
        await bus.PublishAsync(new VacancyRegistered
        {
            VacancyId = vacancy.Id,
            EmployerId = vacancy.EmployerId,
            Postcode = vacancy.Postcode,
            IsRecoveryJob = vacancy.IsRecoveryJob,
            RegisteredAt = now,
        });
        var proposals = matching.Propose(vacancy);
        try
        {
            await transaction.InsertProposalsAsync(proposals, cancellationToken);
            foreach (var proposal in proposals)
            {
                await bus.PublishAsync(new ProposalMade
                {
                    ProposalId = proposal.Id,
                    VacancyId = proposal.VacancyId,
                    EmployerId = proposal.EmployerId,
                    SubjectPseudonym = proposal.SubjectPseudonym,
                    IsPriority = proposal.IsPriority,
                    Score = proposal.Score,
                    Reasons = proposal.Reasons,
                    FocusAreaId = proposal.FocusAreaId,
                    ProposedAt = proposal.ProposedAt,
                });
            }
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            matching.Release(proposals);
            throw;
        }
    }
}
