using Hub.LoadTests.Measuring;

namespace Hub.LoadTests.Peer;

/// <summary>The started peer with what a round needs of it: its partners, its probe, its meters and the variant it records under.</summary>
internal sealed record PeerRun(PeerService Service, PeerPartners Partners, PeerProbe Probe, ProcessMeter[] Meters, string Variant) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        await Probe.DisposeAsync();
        await Service.DisposeAsync();
    }
}
