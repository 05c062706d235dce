namespace Hub.Client.Models;

/// <summary>The answer to an acknowledgement, outcome or consent revocation ("pending": on the broker, not yet processed; see <see cref="ICommandsApi"/>).</summary>
public sealed record SignalsReceipt(Guid CommandId, string Status);
