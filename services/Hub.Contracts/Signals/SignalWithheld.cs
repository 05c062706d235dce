namespace Hub.Contracts.Signals;

/// <summary>A candidate recipient did not get a signal; for operators. No content and no subject.</summary>
public record SignalWithheld
{
    public required Guid SignalId { get; init; }
    public required string RecipientOrganisation { get; init; }
    public required string Category { get; init; }
    /// <summary>no-consent, consent-revoked, consent-expired or consent-not-yet-valid.</summary>
    public required string Reason { get; init; }
    public required string PolicyVersion { get; init; }
    public required DateTime WithheldAt { get; init; }
}
