using Hub.JobMatching.Figures;

namespace Hub.JobMatching.Consumers;

public sealed class GetAreaFiguresConsumer(AreaFiguresQuery figures) : IConsumer<GetAreaFigures>
{
    public async Task Consume(ConsumeContext<GetAreaFigures> context) =>
        await context.RespondAsync(await figures.Run(context.Message.AreaIds, context.CancellationToken));
}
