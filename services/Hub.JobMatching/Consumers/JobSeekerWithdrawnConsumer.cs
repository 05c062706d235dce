using Hub.JobMatching.JobSeekers;

namespace Hub.JobMatching.Consumers;

public sealed class JobSeekerWithdrawnConsumer(MatchingBatches matching) : IConsumer<JobSeekerWithdrawn>
{
    public Task Consume(ConsumeContext<JobSeekerWithdrawn> context) =>
        matching.Apply<JobSeekerRegistry>(context, (jobSeekers, cancellationToken) => jobSeekers.Withdraw(context.Message, cancellationToken));
}
