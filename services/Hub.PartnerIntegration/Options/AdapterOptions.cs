namespace Hub.PartnerIntegration.Options;

/// <summary>One adapter's configuration, under <c>Hub:{Adapter}</c> (Hub:Housing, Hub:Schools, Hub:Police).</summary>
public sealed class AdapterOptions
{
    /// <summary>The partners this adapter serves: their exports come in here, their webhooks get what the Hub routes to them.</summary>
    public List<PartnerOptions> Partners { get; set; } = [];
    public ImportOptions Import { get; set; } = new();
    public DeliveryOptions Delivery { get; set; } = new();

    public PartnerOptions? Partner(string organisationId) =>
        Partners.FirstOrDefault(p => string.Equals(p.OrganisationId, organisationId, StringComparison.Ordinal));
}
