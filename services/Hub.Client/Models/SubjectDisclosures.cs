namespace Hub.Client.Models;

/// <summary>The disclosure log and the consents of one resident, as far as they are not yet purged.</summary>
public sealed record SubjectDisclosures
{
    public string SubjectPseudonym { get; init; } = "";
    /// <summary>Newest first.</summary>
    public IReadOnlyList<DisclosureView> Disclosures { get; init; } = [];
    public IReadOnlyList<ConsentView> Consents { get; init; } = [];
}
