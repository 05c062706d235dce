using Hub.Signals.Feedback;

namespace Hub.Signals.Consumers;

/// <summary>Lists the signals a partner raised; another partner's are never among them.</summary>
public sealed class GetRaisedSignalsConsumer(RaisedSignalsQuery signals) : IConsumer<GetRaisedSignals>
{
    public async Task Consume(ConsumeContext<GetRaisedSignals> context) =>
        await context.RespondAsync(await signals.For(context.Message, context.CancellationToken));
}
