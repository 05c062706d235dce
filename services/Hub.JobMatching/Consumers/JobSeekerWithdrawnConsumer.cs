using Hub.Contracts.Matching;
using Hub.JobMatching.JobSeekers;
using Hub.JobMatching.Storage;
using Hub.Messaging.Inbox;
using MassTransit;

namespace Hub.JobMatching.Consumers;

public sealed class JobSeekerWithdrawnConsumer(Inbox<MatchingDb> inbox, JobSeekerRegistry jobSeekers) : IConsumer<JobSeekerWithdrawn>
{
    public Task Consume(ConsumeContext<JobSeekerWithdrawn> context) =>
        inbox.ProcessOnce(context, cancellationToken => jobSeekers.Withdraw(context.Message, cancellationToken));
}
