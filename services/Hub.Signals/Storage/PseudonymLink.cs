namespace Hub.Signals.Storage;

/// <summary>The Hub's mapping from a recipient's pseudonym back to the Hub pseudonym; only the Hub holds it.</summary>
public sealed class PseudonymLink
{
    public required string RecipientOrganisation { get; set; }
    public required string RecipientPseudonym { get; set; }
    public required string SubjectPseudonym { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>The link is purged once no delivery or notice using it can still exist.</summary>
    public DateTime LastUsedAt { get; set; }
}
