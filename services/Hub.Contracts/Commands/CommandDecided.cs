namespace Hub.Contracts.Commands;

/// <summary>
/// What became of a partner's command (a message the gateway or an adapter published for a partner): applied, or
/// refused with a reason code. Published by the service that decided, in the same transaction as the effect.
/// </summary>
public record CommandDecided
{
    /// <summary>The command's message id, which the gateway gave the partner as the command id.</summary>
    public required Guid CommandId { get; init; }
    /// <summary><see cref="CommandOutcomes.Applied"/> or <see cref="CommandOutcomes.Refused"/>.</summary>
    public required string Outcome { get; init; }
    /// <summary>For a refusal, one of <see cref="CommandReasons"/>.</summary>
    public string? Reason { get; init; }
    /// <summary>A short explanation for the partner's developer; never personal data.</summary>
    public string? Detail { get; init; }
    /// <summary>The deciding service, e.g. Hub.JobMatching.</summary>
    public required string DecidedBy { get; init; }
    public required DateTime DecidedAt { get; init; }
}
