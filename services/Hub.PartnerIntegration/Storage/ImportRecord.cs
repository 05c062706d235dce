namespace Hub.PartnerIntegration.Storage;

/// <summary>One partner export (file or API export) and how far its import got.</summary>
public sealed class ImportRecord
{
    public Guid Id { get; set; }
    public required string PartnerId { get; set; }
    /// <summary>SHA-256 of the export's bytes: the identity that makes the import happen once.</summary>
    public required string ContentHash { get; set; }
    /// <summary>File name or "api:{export id}".</summary>
    public required string Source { get; set; }
    public required string Kind { get; set; }
    public ImportStatus Status { get; set; }
    public int RowsTotal { get; set; }
    /// <summary>Rows whose messages are committed to the outbox; a restart resumes after them.</summary>
    public int RowsDone { get; set; }
    /// <summary>For a rejected export: one line per bad row and field, never a value from the row.</summary>
    public string? Report { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
}
