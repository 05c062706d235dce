namespace Hub.Client.Models;

/// <summary>The answer to an accepted acknowledgement, outcome or consent revocation ("accepted": on the broker, not yet processed).</summary>
public sealed record SignalsReceipt(string Status);
