using Hub.Contracts.Matching;
using Hub.JobMatching.JobSeekers;
using MassTransit;

namespace Hub.JobMatching.Consumers;

public sealed class JobSeekerWithdrawnConsumer(MatchingInbox inbox, JobSeekerRegistry jobSeekers) : IConsumer<JobSeekerWithdrawn>
{
    public Task Consume(ConsumeContext<JobSeekerWithdrawn> context) =>
        inbox.ProcessOnce(context, cancellationToken => jobSeekers.Withdraw(context.Message, cancellationToken));
}
