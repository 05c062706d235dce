using Refit;

namespace Hub.PartnerIntegration.Import;

/// <summary>A partner system's export API, polled by the adapter: a list of exports and each export as CSV.</summary>
public interface IPartnerExportApi
{
    [Get("/exports")]
    Task<IReadOnlyList<PartnerExport>> ListAsync(CancellationToken ct);

    [Get("/exports/{id}")]
    Task<HttpContent> DownloadAsync(string id, CancellationToken ct);
}
