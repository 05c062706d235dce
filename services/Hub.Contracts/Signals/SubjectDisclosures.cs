namespace Hub.Contracts.Signals;

/// <summary>The disclosure log and the consents of one resident, as far as they are not yet purged.</summary>
[Read]
public record SubjectDisclosures
{
    public required string SubjectPseudonym { get; init; }
    /// <summary>Newest first.</summary>
    public required IReadOnlyList<DisclosureView> Disclosures { get; init; }
    public required IReadOnlyList<ConsentView> Consents { get; init; }
}
