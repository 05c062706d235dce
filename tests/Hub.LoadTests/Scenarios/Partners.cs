
namespace Hub.LoadTests.Scenarios;

/// <summary>The demo partners of seeds/ as Hub.Client users: vacancy owners, the job agency, signal senders and the debt team.</summary>
internal sealed class Partners(HubServices hub) : IVacancyOwners
{
    public IReadOnlyList<HubPartner> VacancyOwners { get; } =
        [hub.ClientFor("demo-employer-key-installatie-oost"), hub.ClientFor("demo-housing-key-elkien"), hub.ClientFor("demo-housing-key-woonfriesland")];

    public HubPartner JobAgency { get; } = hub.ClientFor("demo-jobagency-key-werkplein");

    public IReadOnlyList<HubPartner> HousingCorporations { get; } = [hub.ClientFor("demo-housing-key-elkien"), hub.ClientFor("demo-housing-key-woonfriesland")];

    /// <summary>Gemeente Leeuwarden: the debt team that receives rent arrears on the debt-help law, and the consent recorder.</summary>
    public HubPartner Municipality { get; } = hub.ClientFor("demo-municipality-key-leeuwarden");

    /// <summary>A second client of the municipality, so polling for revocations does not queue behind the delivery pulls.</summary>
    public HubPartner MunicipalityOperator { get; } = hub.ClientFor("demo-municipality-key-leeuwarden");
}
