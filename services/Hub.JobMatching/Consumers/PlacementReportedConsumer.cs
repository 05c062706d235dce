using Hub.Contracts.Matching;
using Hub.JobMatching.Proposals;
using Hub.JobMatching.Storage;
using Hub.Messaging.Inbox;
using MassTransit;

namespace Hub.JobMatching.Consumers;

public sealed class PlacementReportedConsumer(Inbox<MatchingDb> inbox, ProposalLifecycle proposals) : IConsumer<PlacementReported>
{
    public Task Consume(ConsumeContext<PlacementReported> context) =>
        inbox.ProcessOnce(context, cancellationToken => proposals.ReportPlacement(context.Message, cancellationToken));
}
