namespace Hub.Gateway.Signals;

/// <summary>The disclosure log and the consents of one resident, as far as they are not yet purged.</summary>
public sealed record SubjectDisclosures
{
    /// <summary>The caller's own pseudonym for the resident.</summary>
    public required string SubjectPseudonym { get; init; }
    /// <summary>Newest first.</summary>
    public required IReadOnlyList<DisclosureView> Disclosures { get; init; }
    public required IReadOnlyList<ConsentView> Consents { get; init; }
}
