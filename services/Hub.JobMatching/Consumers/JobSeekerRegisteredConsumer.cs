using Hub.Contracts.Matching;
using Hub.JobMatching.JobSeekers;
using MassTransit;

namespace Hub.JobMatching.Consumers;

public sealed class JobSeekerRegisteredConsumer(MatchingInbox inbox, JobSeekerRegistry jobSeekers) : IConsumer<JobSeekerRegistered>
{
    public Task Consume(ConsumeContext<JobSeekerRegistered> context) =>
        inbox.ProcessOnce(context, cancellationToken => jobSeekers.Register(context.Message, cancellationToken));
}
