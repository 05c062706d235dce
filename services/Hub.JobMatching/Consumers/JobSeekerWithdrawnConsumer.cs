using Hub.Contracts.Matching;
using Hub.JobMatching.JobSeekers;
using Hub.JobMatching.Matching;
using MassTransit;

namespace Hub.JobMatching.Consumers;

public sealed class JobSeekerWithdrawnConsumer(MatchingBatches matching) : IConsumer<JobSeekerWithdrawn>
{
    public Task Consume(ConsumeContext<JobSeekerWithdrawn> context) =>
        matching.Apply<JobSeekerRegistry>(context, (jobSeekers, cancellationToken) => jobSeekers.Withdraw(context.Message, cancellationToken));
}
