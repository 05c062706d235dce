namespace Hub.Contracts.Signals;

/// <summary>
/// The resident withdraws a consent (or all of their consents when <see cref="ConsentId"/> is null).
/// It takes effect before the next routing decision; deliveries made before it are not recalled.
/// </summary>
public record ConsentRevoked
{
    public Guid? ConsentId { get; init; }
    /// <summary>Must be the consent's subject: a revocation never touches another resident's consent.</summary>
    public required string SubjectPseudonym { get; init; }
    public required string RevokedBy { get; init; }
    public required string RevokedByRole { get; init; }
    public required DateTime RevokedAt { get; init; }
}
