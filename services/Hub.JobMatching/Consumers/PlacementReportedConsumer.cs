using Hub.JobMatching.Proposals;

namespace Hub.JobMatching.Consumers;

public sealed class PlacementReportedConsumer(MatchingBatches matching) : IConsumer<PlacementReported>
{
    public Task Consume(ConsumeContext<PlacementReported> context) =>
        matching.Apply<ProposalLifecycle>(context, (proposals, cancellationToken) => proposals.ReportPlacement(context.Message, cancellationToken));
}
