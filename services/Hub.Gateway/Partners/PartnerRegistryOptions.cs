namespace Hub.Gateway.Partners;

public sealed class PartnerRegistryOptions
{
    public List<Partner> Partners { get; set; } = [];
}
