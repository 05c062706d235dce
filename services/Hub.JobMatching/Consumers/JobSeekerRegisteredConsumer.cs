using Hub.JobMatching.JobSeekers;

namespace Hub.JobMatching.Consumers;

public sealed class JobSeekerRegisteredConsumer(MatchingBatches matching) : IConsumer<JobSeekerRegistered>
{
    public Task Consume(ConsumeContext<JobSeekerRegistered> context) =>
        matching.Apply<JobSeekerRegistry>(context, (jobSeekers, cancellationToken) => jobSeekers.Register(context.Message, cancellationToken));
}
