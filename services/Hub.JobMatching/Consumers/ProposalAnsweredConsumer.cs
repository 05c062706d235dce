using Hub.Contracts.Matching;
using Hub.JobMatching.Proposals;
using MassTransit;

namespace Hub.JobMatching.Consumers;

public sealed class ProposalAnsweredConsumer(MatchingInbox inbox, ProposalLifecycle proposals) : IConsumer<ProposalAnswered>
{
    public Task Consume(ConsumeContext<ProposalAnswered> context) =>
        inbox.ProcessOnce(context, cancellationToken => proposals.Answer(context.Message, cancellationToken));
}
