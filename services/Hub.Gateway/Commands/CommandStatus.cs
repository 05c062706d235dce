namespace Hub.Gateway.Commands;

/// <summary>
/// What became of a command: <c>pending</c> until the service that carries it out decided, then <c>applied</c>, or
/// <c>refused</c> with a <see cref="Reason"/> code (not-found, not-yours, wrong-state, stale, invalid, not-your-resident)
/// and a short <see cref="Detail"/> for the partner's developer.
/// </summary>
public sealed record CommandStatus(Guid CommandId, string Kind, string Status, string? Reason, string? Detail, DateTime AcceptedAt, DateTime? DecidedAt);
