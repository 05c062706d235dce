using Hub.Messaging.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Hub.Messaging.Commands;

/// <summary>
/// Publishes how this service decided a partner's command through the outbox of <typeparamref name="TDb"/>, so the
/// decision commits with the effect (or the refusal) and the inbox record: never one without the other.
/// </summary>
public sealed class CommandDecisions<TDb>(Outbox<TDb> outbox, TimeProvider clock, IHostEnvironment host) where TDb : DbContext
{
    public void Record(ConsumeContext command, CommandDecision decision) =>
        outbox.Publish(decision.For(command, host.ApplicationName, clock.GetUtcNow().UtcDateTime));
}
