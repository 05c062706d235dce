using Hub.PartnerIntegration.Options;
using Hub.PartnerIntegration.Storage;
using Hub.PartnerIntegration.Translation;
using Microsoft.Extensions.Options;

namespace Hub.PartnerIntegration;

/// <summary>What makes one adapter (Housing, Schools, Police): its name, its export formats and its configuration.</summary>
public sealed class PartnerAdapter<TDb>(string name, IReadOnlyList<IExportTranslator> translators, IOptionsMonitor<AdapterOptions> options)
    where TDb : PartnerAdapterDb
{
    public string Name { get; } = name;

    /// <summary>Lower-case name: the prefix of its queues ("housing-signal-delivered") and operator routes.</summary>
    public string Prefix => Name.ToLowerInvariant();

    public IReadOnlyList<IExportTranslator> Translators { get; } = translators;

    public AdapterOptions Options => options.Get(Name);

    public IExportTranslator? TranslatorFor(string exportName) =>
        Translators.FirstOrDefault(t => Path.GetFileName(exportName).StartsWith(t.Kind, StringComparison.OrdinalIgnoreCase));

    public static string WebhookClientName(string adapterName, string organisationId) => $"{adapterName.ToLowerInvariant()}-webhook-{organisationId}";

    public static string ExportApiClientName(string adapterName, string organisationId) => $"{adapterName.ToLowerInvariant()}-exports-{organisationId}";
}
