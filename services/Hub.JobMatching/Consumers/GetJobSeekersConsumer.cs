using Hub.JobMatching.JobSeekers;

namespace Hub.JobMatching.Consumers;

/// <summary>Lists the job seekers or students a partner registered; another partner's are never among them.</summary>
public sealed class GetJobSeekersConsumer(JobSeekerListQuery jobSeekers) : IConsumer<GetJobSeekers>
{
    public async Task Consume(ConsumeContext<GetJobSeekers> context) =>
        await context.RespondAsync(await jobSeekers.For(context.Message, context.CancellationToken));
}
