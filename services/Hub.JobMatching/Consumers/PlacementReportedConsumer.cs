using Hub.Contracts.Matching;
using Hub.JobMatching.Proposals;
using MassTransit;

namespace Hub.JobMatching.Consumers;

public sealed class PlacementReportedConsumer(MatchingInbox inbox, ProposalLifecycle proposals) : IConsumer<PlacementReported>
{
    public Task Consume(ConsumeContext<PlacementReported> context) =>
        inbox.ProcessOnce(context, cancellationToken => proposals.ReportPlacement(context.Message, cancellationToken));
}
