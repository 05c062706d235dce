using Hub.Signals.Feedback;

namespace Hub.Signals.Consumers;

public sealed class GetDeliveriesConsumer(DeliveryDesk desk) : IConsumer<GetDeliveries>
{
    public async Task Consume(ConsumeContext<GetDeliveries> context) =>
        await context.RespondAsync(await desk.List(context.Message, context.CancellationToken));
}
