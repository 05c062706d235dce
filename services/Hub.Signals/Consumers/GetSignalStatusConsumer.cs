using Hub.Signals.Feedback;

namespace Hub.Signals.Consumers;

/// <summary>Answers the sender about its own signal; another partner's signal does not exist for it.</summary>
public sealed class GetSignalStatusConsumer(SignalStatusQuery statuses) : IConsumer<GetSignalStatus>
{
    public async Task Consume(ConsumeContext<GetSignalStatus> context)
    {
        var status = await statuses.For(context.Message, context.CancellationToken);
        if (status is null)
        {
            await context.RespondAsync(new SignalNotFound { SignalId = context.Message.SignalId });
            return;
        }
        await context.RespondAsync(status);
    }
}
