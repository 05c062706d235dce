namespace Hub.Gateway.Signals;

/// <summary>The answer to an accepted signal: its id, to read its status with.</summary>
public sealed record SignalReceipt(Guid SignalId, Guid CommandId, string Status);
