namespace Hub.Client.Models;

/// <summary>
/// What became of a command: <c>pending</c> until the Hub decided, then <c>applied</c>, or <c>refused</c> with a
/// <see cref="Reason"/> (not-found, not-yours, wrong-state, stale, invalid, not-your-resident) and a short
/// <see cref="Detail"/>.
/// </summary>
public sealed record CommandStatus(Guid CommandId, string Kind, string Status, string? Reason, string? Detail, DateTime AcceptedAt, DateTime? DecidedAt);
