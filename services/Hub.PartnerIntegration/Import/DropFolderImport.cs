using Hub.PartnerIntegration.Options;
using Hub.PartnerIntegration.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.PartnerIntegration.Import;

/// <summary>
/// Imports the *.csv files partners drop in their folder, oldest name first. An imported file is deleted
/// (it holds BSNs; the import record keeps its hash and counts); a rejected one moves to rejected/ with a
/// .report.txt beside it naming each bad row and field, for the partner to fix and drop again.
/// </summary>
public sealed class DropFolderImport<TDb>(IServiceScopeFactory scopes, PartnerAdapter<TDb> adapter, ILogger<DropFolderImport<TDb>> logger)
    : ExportSource<TDb>(scopes, adapter, logger) where TDb : PartnerAdapterDb
{
    protected override async Task CollectAsync(PartnerOptions partner, CancellationToken ct)
    {
        if (partner.DropFolder is not { Length: > 0 } folder || !Directory.Exists(folder))
        {
            return;
        }
        foreach (var file in Directory.EnumerateFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var translator = Adapter.TranslatorFor(name);
            if (translator is null)
            {
                Reject(file, $"unknown export kind: the file name must start with {string.Join(" or ", Adapter.Translators.Select(t => t.Kind))}");
                continue;
            }
            var import = await ImportAsync(partner, name, translator, await File.ReadAllBytesAsync(file, ct), ct);
            if (import.Status == ImportStatus.Rejected)
            {
                Reject(file, import.Report ?? "rejected");
            }
            else
            {
                File.Delete(file);
            }
        }
    }

    private void Reject(string file, string report)
    {
        var rejected = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(file)!, "rejected")).FullName;
        var target = Path.Combine(rejected, Path.GetFileName(file));
        File.Move(file, target, overwrite: true);
        File.WriteAllText(target + ".report.txt", report + "\n");
        Logger.LogWarning("Export file {File} moved to rejected/ with its report", Path.GetFileName(file));
    }
}
