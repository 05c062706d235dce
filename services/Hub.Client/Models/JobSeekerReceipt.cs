namespace Hub.Client.Models;

/// <summary>The answer to a registration or withdrawal: the pseudonym to use from now on, never the BSN.</summary>
public sealed record JobSeekerReceipt(string SubjectPseudonym, Guid CommandId, string Status);
