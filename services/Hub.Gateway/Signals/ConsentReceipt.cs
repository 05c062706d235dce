namespace Hub.Gateway.Signals;

/// <summary>The answer to an accepted consent: its id, to revoke it with.</summary>
public sealed record ConsentReceipt(Guid ConsentId, Guid CommandId, string Status);
