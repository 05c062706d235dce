namespace Hub.Portal.Organisations;

/// <summary>
/// The organisations from the same partner file the gateway reads (Hub:PartnersFile), read again when it changes: a
/// partner removed there can no longer be acted for here, and the gateway refuses it anyway.
/// </summary>
public sealed class OrganisationDirectory(IOptionsMonitor<OrganisationsOptions> options)
{
    public Organisation? Find(string id) => options.CurrentValue.Partners.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));
}
