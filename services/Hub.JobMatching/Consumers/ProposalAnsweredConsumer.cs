using Hub.JobMatching.Proposals;

namespace Hub.JobMatching.Consumers;

public sealed class ProposalAnsweredConsumer(MatchingBatches matching) : IConsumer<ProposalAnswered>
{
    public Task Consume(ConsumeContext<ProposalAnswered> context) =>
        matching.Apply<ProposalLifecycle>(context, (proposals, cancellationToken) => proposals.Answer(context.Message, cancellationToken));
}
