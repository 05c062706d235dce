using System.Security.Cryptography;
using Hub.Messaging.Diagnostics;
using Hub.Messaging.Outbox;
using Hub.PartnerIntegration.Options;
using Hub.PartnerIntegration.Storage;
using Hub.PartnerIntegration.Translation;
using Hub.Pseudonymisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hub.PartnerIntegration.Import;

/// <summary>
/// Imports one export exactly once. The export is identified by its content hash. It is translated and
/// validated as a whole first: one bad row rejects it and nothing is published. A valid export goes to
/// the outbox in batches; each batch commits its messages together with the new progress, so a crash
/// loses at most the uncommitted batch and the restart resumes after the last committed row. Message ids
/// derive from export and row, so even a repeated batch could not publish anything twice.
/// </summary>
public sealed class ExportImporter<TDb>(
    TDb db,
    Outbox<TDb> outbox,
    OutboxSignal<TDb> relay,
    PartnerAdapter<TDb> adapter,
    Pseudonymiser pseudonymiser,
    ImportProgress progress,
    TimeProvider clock,
    ILogger<ExportImporter<TDb>> logger) where TDb : PartnerAdapterDb
{
    /// <summary>A command still undecided after this long will not be decided (its message was a repeat the service skipped).</summary>
    public static readonly TimeSpan UndecidedRetention = TimeSpan.FromDays(30);

    public static string HashOf(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private Task<int> ForgetUndecidedAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - UndecidedRetention;
        return db.ImportedCommands.Where(c => c.ImportedAt < cutoff).ExecuteDeleteAsync(ct);
    }

    public async Task<ImportRecord> ImportAsync(PartnerOptions partner, string source, IExportTranslator translator, byte[] content, CancellationToken ct)
    {
        await ForgetUndecidedAsync(ct);
        var hash = HashOf(content);
        var import = await db.Imports.SingleOrDefaultAsync(i => i.PartnerId == partner.OrganisationId && i.ContentHash == hash, ct);
        if (import is { Status: ImportStatus.Completed or ImportStatus.Rejected })
        {
            logger.LogInformation("Export {Source} for {Partner} was imported before as {ImportId} ({Status}); skipped", source, partner.OrganisationId, import.Id, import.Status);
            return import;
        }

        import ??= db.Imports.Add(new ImportRecord
        {
            Id = Guid.CreateVersion7(),
            PartnerId = partner.OrganisationId,
            ContentHash = hash,
            Source = source,
            Kind = translator.Kind,
            Status = ImportStatus.InProgress,
            StartedAt = clock.GetUtcNow().UtcDateTime,
        }).Entity;

        var text = System.Text.Encoding.UTF8.GetString(content);
        var translation = ExportTranslation.Of(text, translator, new TranslationContext(partner, pseudonymiser, hash, import.StartedAt));
        import.RowsTotal = translation.Rows.Count;
        if (!translation.IsValid)
        {
            import.Status = ImportStatus.Rejected;
            import.Report = string.Join('\n', translation.Errors);
            import.FinishedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            logger.LogWarning("Export {Source} for {Partner} rejected, nothing published: {ErrorCount} problems, first {FirstProblem}",
                source, partner.OrganisationId, translation.Errors.Count, translation.Errors[0].ToString());
            return import;
        }
        await db.SaveChangesAsync(ct);

        var batchSize = Math.Max(1, adapter.Options.Import.BatchSize);
        while (import.RowsDone < import.RowsTotal)
        {
            var batch = translation.Rows.Skip(import.RowsDone).Take(batchSize).ToList();
            foreach (var row in batch)
            {
                foreach (var message in row.Messages)
                {
                    message.PublishTo(outbox);
                    // The deciding service answers with CommandDecided; a refusal goes back to the partner naming this row.
                    await AwaitDecisionAsync(partner, import, row.Line, message, ct);
                    await RememberAsync(partner, message, ct);
                }
            }
            import.RowsDone += batch.Count;
            if (import.RowsDone == import.RowsTotal)
            {
                import.Status = ImportStatus.Completed;
                import.FinishedAt = clock.GetUtcNow().UtcDateTime;
            }
            // One SaveChanges is one transaction: the batch's outbox rows and the progress commit together.
            await db.SaveChangesAsync(ct);
            relay.Notify();
            progress.BatchCommitted(import);
            DurabilityEvents.Write(DurabilityEvents.ImportBatchCommitted, import.RowsDone);
        }
        logger.LogInformation("Export {Source} for {Partner} imported as {ImportId}: {Rows} rows", source, partner.OrganisationId, import.Id, import.RowsTotal);
        return import;
    }

    /// <summary>
    /// Keeps which export line a command came from until it is decided. A signal repeated in a later export keeps its id
    /// (the partner's own number), so the record then names the later export.
    /// </summary>
    private async Task AwaitDecisionAsync(PartnerOptions partner, ImportRecord import, int line, TranslatedMessage message, CancellationToken ct)
    {
        var command = db.ImportedCommands.Local.FirstOrDefault(c => c.CommandId == message.MessageId)
            ?? await db.ImportedCommands.FindAsync([message.MessageId], ct);
        if (command is null)
        {
            command = new ImportedCommand { CommandId = message.MessageId, PartnerId = partner.OrganisationId, Source = import.Source, Kind = import.Kind };
            db.ImportedCommands.Add(command);
        }
        (command.Source, command.Kind, command.Line, command.ImportedAt) = (import.Source, import.Kind, line, import.StartedAt);
    }

    /// <summary>Keeps who registered a resident, so proposals about them can go back to that partner (in the batch's transaction).</summary>
    private async Task RememberAsync(PartnerOptions partner, TranslatedMessage message, CancellationToken ct)
    {
        if (message.RegisteredSubject is not var (pseudonym, reference))
        {
            return;
        }
        var known = db.Subjects.Local.FirstOrDefault(s => s.SubjectPseudonym == pseudonym && s.PartnerId == partner.OrganisationId)
            ?? await db.Subjects.FindAsync([pseudonym, partner.OrganisationId], ct);
        if (known is null)
        {
            db.Subjects.Add(new RegisteredSubject { PartnerId = partner.OrganisationId, SubjectPseudonym = pseudonym, PartnerReference = reference });
        }
        else
        {
            known.PartnerReference = reference;
        }
    }
}
