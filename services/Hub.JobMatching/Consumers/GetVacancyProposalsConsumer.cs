using Hub.JobMatching.Proposals;

namespace Hub.JobMatching.Consumers;

public sealed class GetVacancyProposalsConsumer(ProposalViews views) : IConsumer<GetVacancyProposals>
{
    public async Task Consume(ConsumeContext<GetVacancyProposals> context)
    {
        var proposals = await views.ForVacancy(context.Message.VacancyId, context.Message.RequestedBy, context.CancellationToken);
        if (proposals is null)
        {
            await context.RespondAsync(new VacancyNotFound { VacancyId = context.Message.VacancyId });
            return;
        }
        await context.RespondAsync(new VacancyProposals { VacancyId = context.Message.VacancyId, Proposals = proposals });
    }
}
