using Hub.PartnerIntegration.Options;
using Hub.PartnerIntegration.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.PartnerIntegration.Import;

/// <summary>
/// Imports the *.csv files partners drop in their folder, oldest name first. An imported file is deleted
/// (it holds BSNs; the import record keeps its hash and counts); a rejected one moves to rejected/ with a
/// .report.txt beside it naming each bad row and field, for the partner to fix and drop again, and is deleted after
/// Import:RejectedRetention. Links are not followed and files over Import:MaxExportBytes are not read.
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
        PurgeRejected(folder);
        var limit = Adapter.Options.Import.MaxExportBytes;
        foreach (var file in Directory.EnumerateFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var info = new FileInfo(file);
            if (info.LinkTarget is not null)
            {
                // A link could point anywhere on the machine: only files the partner put here are read.
                Logger.LogWarning("Drop folder entry {File} of {Partner} is a link, not a file; removed unread", name, partner.OrganisationId);
                File.Delete(file);
                continue;
            }
            var translator = Adapter.TranslatorFor(name);
            if (translator is null)
            {
                Reject(file, $"unknown export kind: the file name must start with {string.Join(" or ", Adapter.Translators.Select(t => t.Kind))}");
                continue;
            }
            if (info.Length > limit)
            {
                Reject(file, $"the file is larger ({info.Length} bytes) than the {limit} bytes an export may have; split it");
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

    /// <summary>Rejected exports hold BSNs: they stay for the partner to fix for the retention period, not for ever.</summary>
    private void PurgeRejected(string folder)
    {
        var rejected = Path.Combine(folder, "rejected");
        if (!Directory.Exists(rejected))
        {
            return;
        }
        var cutoff = DateTime.UtcNow - Adapter.Options.Import.RejectedRetention;
        foreach (var file in Directory.EnumerateFiles(rejected).Where(f => File.GetLastWriteTimeUtc(f) < cutoff))
        {
            File.Delete(file);
            Logger.LogInformation("Rejected export {File} deleted after the retention period", Path.GetFileName(file));
        }
    }

    private void Reject(string file, string report)
    {
        var rejected = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(file)!, "rejected")).FullName;
        var target = Path.Combine(rejected, Path.GetFileName(file));
        File.Move(file, target, overwrite: true);
        // The retention counts from the rejection, not from the file's own time stamp.
        File.SetLastWriteTimeUtc(target, DateTime.UtcNow);
        File.WriteAllText(target + ".report.txt", report + "\n");
        Logger.LogWarning("Export file {File} moved to rejected/ with its report", Path.GetFileName(file));
    }
}
