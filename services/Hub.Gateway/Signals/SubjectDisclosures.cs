using Bus = Hub.Contracts.Signals;

namespace Hub.Gateway.Signals;

/// <summary>The disclosure log and the consents of one resident, as far as they are not yet purged.</summary>
public sealed record SubjectDisclosures
{
    /// <summary>The caller's own pseudonym for the resident.</summary>
    public required string SubjectPseudonym { get; init; }
    /// <summary>Newest first.</summary>
    public required IReadOnlyList<DisclosureView> Disclosures { get; init; }
    public required IReadOnlyList<ConsentView> Consents { get; init; }

    /// <param name="subjectPseudonym">The caller's pseudonym for the resident, in place of the Hub-wide one the bus carries.</param>
    internal static SubjectDisclosures From(Bus.SubjectDisclosures subject, string subjectPseudonym) => new()
    {
        SubjectPseudonym = subjectPseudonym,
        Disclosures = [.. subject.Disclosures.Select(d => new DisclosureView
        {
            RecipientOrganisation = d.RecipientOrganisation,
            RecipientName = d.RecipientName,
            Category = d.Category,
            DisclosedAt = d.DisclosedAt,
            Basis = d.Basis,
            PolicyVersion = d.PolicyVersion,
            AsHouseholdMember = d.AsHouseholdMember,
        })],
        Consents = [.. subject.Consents.Select(c => new ConsentView
        {
            ConsentId = c.ConsentId,
            Categories = c.Categories,
            FromOrganisation = c.FromOrganisation,
            ToOrganisation = c.ToOrganisation,
            ToRole = c.ToRole,
            Purpose = c.Purpose,
            ValidFrom = c.ValidFrom,
            ValidUntil = c.ValidUntil,
            RevokedAt = c.RevokedAt,
        })],
    };
}
