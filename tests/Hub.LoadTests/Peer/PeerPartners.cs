using Hub.LoadTests.Scenarios;

namespace Hub.LoadTests.Peer;

/// <summary>The same demo partners as <see cref="Partners"/>, calling the peer.</summary>
internal sealed class PeerPartners(PeerService peer) : IVacancyOwners
{
    public IReadOnlyList<HubPartner> VacancyOwners { get; } =
        [peer.ClientFor("demo-employer-key-installatie-oost"), peer.ClientFor("demo-housing-key-elkien"), peer.ClientFor("demo-housing-key-woonfriesland")];

    public HubPartner JobAgency { get; } = peer.ClientFor("demo-jobagency-key-werkplein");
}
