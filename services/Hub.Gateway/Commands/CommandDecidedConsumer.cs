using Hub.Contracts.Commands;

namespace Hub.Gateway.Commands;

/// <summary>Keeps the decision with the partner's command; idempotent, so no inbox is needed.</summary>
public sealed class CommandDecidedConsumer(CommandLog commands) : IConsumer<CommandDecided>
{
    public Task Consume(ConsumeContext<CommandDecided> context) => commands.DecideAsync(context.Message, context.CancellationToken);
}
