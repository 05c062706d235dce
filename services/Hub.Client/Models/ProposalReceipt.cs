namespace Hub.Client.Models;

/// <summary>The answer to an accepted proposal answer or placement report.</summary>
public sealed record ProposalReceipt(Guid ProposalId, Guid CommandId, string Status);
