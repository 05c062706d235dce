namespace Hub.Client.Models;

/// <summary>
/// The answer to an accepted signal: stored durably on the broker, not yet routed. Read what became of it with
/// <see cref="ISignalsApi.GetStatusAsync"/> (404 until the signals service has routed it).
/// </summary>
public sealed record SignalReceipt(Guid SignalId, Guid CommandId, string Status);
