using Hub.JobMatching.Proposals;

namespace Hub.JobMatching.Consumers;

public sealed class GetJobSeekerProposalsConsumer(ProposalViews views) : IConsumer<GetJobSeekerProposals>
{
    public async Task Consume(ConsumeContext<GetJobSeekerProposals> context) =>
        await context.RespondAsync(new JobSeekerProposals
        {
            SubjectPseudonym = context.Message.SubjectPseudonym,
            Proposals = await views.ForSeeker(context.Message.SubjectPseudonym, context.Message.RequestedBy, context.CancellationToken),
        });
}
