using Hub.PartnerIntegration.Storage;
using Microsoft.Extensions.Logging;

namespace Hub.PartnerIntegration.Import;

/// <summary>Told after every committed batch of an import; logs the progress of large exports.</summary>
public class ImportProgress(ILogger<ImportProgress> logger)
{
    public virtual void BatchCommitted(ImportRecord import) =>
        logger.LogInformation("Import {ImportId} ({Kind}) for {Partner}: {RowsDone} of {RowsTotal} rows committed",
            import.Id, import.Kind, import.PartnerId, import.RowsDone, import.RowsTotal);
}
