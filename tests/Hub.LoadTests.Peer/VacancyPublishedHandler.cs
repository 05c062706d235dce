using Hub.Contracts.Matching;
using Hub.JobMatching.Proposals;
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
        var vacancy = VacancyRegistry.New(published, now);
        VacancyRegistry.Apply(published, vacancy);
        vacancy.FocusAreaId = matching.Areas.AreaOf(vacancy.Postcode)?.Id;

        await using var transaction = await store.BeginAsync(bus, cancellationToken);
        if (!await transaction.TryInsertVacancyAsync(vacancy, cancellationToken))
        {
            await transaction.CommitAsync(cancellationToken); // stored before: a redelivery, nothing more to do
            return;
        }
        await bus.PublishAsync(VacancyRegistry.Registered(vacancy, now));
        var proposals = matching.Propose(vacancy);
        try
        {
            await transaction.InsertProposalsAsync(proposals, cancellationToken);
            foreach (var proposal in proposals)
            {
                await bus.PublishAsync(ProposalPlanner.Announcement(proposal));
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
