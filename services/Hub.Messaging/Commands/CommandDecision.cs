using Hub.Contracts.Commands;
using MassTransit;

namespace Hub.Messaging.Commands;

/// <summary>How a service decided a partner's command; published as <see cref="CommandDecided"/> with the command's effects.</summary>
public sealed record CommandDecision(string Outcome, string? Reason = null, string? Detail = null)
{
    public static readonly CommandDecision Applied = new(CommandOutcomes.Applied);

    public static CommandDecision Refused(string reason, string detail) => new(CommandOutcomes.Refused, reason, detail);

    /// <summary>The event for the command <paramref name="context"/> carries (its message id is the command id).</summary>
    public CommandDecided For(ConsumeContext context, string service, DateTime now) => new()
    {
        CommandId = context.MessageId ?? throw new InvalidOperationException("A command without a message id cannot be decided."),
        Outcome = Outcome,
        Reason = Reason,
        Detail = Detail,
        DecidedBy = service,
        DecidedAt = now,
    };
}
