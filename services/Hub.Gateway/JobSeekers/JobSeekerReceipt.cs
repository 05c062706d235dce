namespace Hub.Gateway.JobSeekers;

/// <summary>The answer to an accepted registration or withdrawal: the pseudonym to use from now on, never the BSN.</summary>
public sealed record JobSeekerReceipt(string SubjectPseudonym, Guid CommandId, string Status);
