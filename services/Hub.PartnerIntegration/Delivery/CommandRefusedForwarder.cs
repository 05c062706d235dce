using Hub.Contracts.Commands;
using Hub.Messaging.Inbox;
using Hub.PartnerIntegration.Delivery.Payloads;
using Hub.PartnerIntegration.Storage;
using MassTransit;

namespace Hub.PartnerIntegration.Delivery;

/// <summary>
/// Tells a file-exporting partner what became of the commands its export rows became: a refusal goes to its webhook as
/// <c>command-refused</c>, naming the export and line and the reason code; an applied command needs no word. Decisions
/// about commands this adapter did not import (the gateway's, another adapter's) are ignored.
/// </summary>
public sealed class CommandRefusedForwarder<TDb>(TDb db, Inbox<TDb> inbox, DeliveryQueue<TDb> deliveries) : IConsumer<CommandDecided>
    where TDb : PartnerAdapterDb
{
    public async Task Consume(ConsumeContext<CommandDecided> context)
    {
        var decided = context.Message;
        if (await db.ImportedCommands.FindAsync([decided.CommandId], context.CancellationToken) is not { } command)
        {
            return;
        }
        if (decided.Outcome != CommandOutcomes.Refused)
        {
            await inbox.ProcessOnce(context, _ =>
            {
                db.ImportedCommands.Remove(command);
                return Task.CompletedTask;
            });
            return;
        }
        var refusal = new CommandRefusedV1(decided.CommandId, command.Source, command.Line, command.Kind, decided.Reason ?? "", decided.Detail, decided.DecidedAt);
        await deliveries.EnqueueAsync(context, command.PartnerId, decided.CommandId, refusal, () => db.ImportedCommands.Remove(command));
    }
}
