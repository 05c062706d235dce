using Hub.PartnerIntegration.Options;
using Hub.PartnerIntegration.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Refit;

namespace Hub.PartnerIntegration.Import;

/// <summary>Polls each partner's export API and imports every export not imported before (same exactly-once import as the drop folder).</summary>
public sealed class ExportApiImport<TDb>(IServiceScopeFactory scopes, PartnerAdapter<TDb> adapter, IHttpClientFactory http, ILogger<ExportApiImport<TDb>> logger)
    : ExportSource<TDb>(scopes, adapter, logger) where TDb : PartnerAdapterDb
{
    protected override async Task CollectAsync(PartnerOptions partner, CancellationToken ct)
    {
        if (partner.ExportApi is null)
        {
            return;
        }
        var api = RestService.For<IPartnerExportApi>(http.CreateClient(PartnerAdapter<TDb>.ExportApiClientName(Adapter.Name, partner.OrganisationId)));
        foreach (var export in await api.ListAsync(ct))
        {
            var source = $"api:{export.Id}";
            if (await AlreadyFinishedAsync(partner, source, ct))
            {
                continue;
            }
            var translator = Adapter.Translators.FirstOrDefault(t => string.Equals(t.Kind, export.Kind, StringComparison.OrdinalIgnoreCase));
            if (translator is null)
            {
                Logger.LogWarning("Export {Source} of {Partner} has unknown kind {Kind}; skipped", source, partner.OrganisationId, export.Kind);
                continue;
            }
            using var content = await api.DownloadAsync(export.Id, ct);
            await ImportAsync(partner, source, translator, await PartnerHttp.ReadLimitedAsync(content, Adapter.Options.Import.MaxExportBytes, ct), ct);
        }
    }

    private async Task<bool> AlreadyFinishedAsync(PartnerOptions partner, string source, CancellationToken ct)
    {
        await using var scope = NewScope();
        var db = scope.ServiceProvider.GetRequiredService<TDb>();
        return await db.Imports.AnyAsync(i => i.PartnerId == partner.OrganisationId && i.Source == source && i.Status != ImportStatus.InProgress, ct);
    }
}
