namespace Hub.Gateway.Signals;

/// <summary>The answer to an accepted revocation, acknowledgement or outcome.</summary>
public sealed record SignalsReceipt(Guid CommandId, string Status);
