using Hub.PartnerIntegration.Options;
using Hub.PartnerIntegration.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.PartnerIntegration.Import;

/// <summary>A place exports come from (a drop folder, a partner's API), looked at every poll interval for every partner.</summary>
public abstract class ExportSource<TDb>(IServiceScopeFactory scopes, PartnerAdapter<TDb> adapter, ILogger logger) : BackgroundService
    where TDb : PartnerAdapterDb
{
    protected PartnerAdapter<TDb> Adapter => adapter;

    protected ILogger Logger => logger;

    protected AsyncServiceScope NewScope() => scopes.CreateAsyncScope();

    protected abstract Task CollectAsync(PartnerOptions partner, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var partner in adapter.Options.Partners)
            {
                try
                {
                    await CollectAsync(partner, stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // The export stays where it is and is tried again at the next poll.
                    logger.LogWarning(ex, "Collecting exports of {Partner} failed; trying again later", partner.OrganisationId);
                }
            }
            await Task.Delay(adapter.Options.Import.PollInterval, stoppingToken);
        }
    }

    protected async Task<ImportRecord> ImportAsync(PartnerOptions partner, string source, Translation.IExportTranslator translator, byte[] content, CancellationToken ct)
    {
        await using var scope = NewScope();
        return await scope.ServiceProvider.GetRequiredService<ExportImporter<TDb>>().ImportAsync(partner, source, translator, content, ct);
    }
}
