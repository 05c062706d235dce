namespace Hub.Signals.Policies;

/// <summary>Who may receive a category (one organisation, or every organisation of a role in the signal's area), on which basis, which fields.</summary>
public sealed record RecipientRule(string? Role, string? OrganisationId, string Basis, string Purpose, IReadOnlySet<string> Fields)
{
    public bool NeedsConsent => Basis == KnownTerms.ConsentBasis;

    public bool Covers(Organisation organisation, IReadOnlySet<string> areas) =>
        OrganisationId is not null
            ? organisation.Id == OrganisationId
            : organisation.Role == Role && organisation.Areas.Overlaps(areas);

    public override string ToString() => OrganisationId is null ? $"role {Role}" : $"organisation {OrganisationId}";
}
