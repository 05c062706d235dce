namespace Hub.PartnerIntegration.Storage;

/// <summary>
/// A command an export row became, until the deciding service has decided it: a refusal goes back to the partner's
/// webhook naming the export and the line. Applied or refused, the record is then removed.
/// </summary>
public sealed class ImportedCommand
{
    /// <summary>The message id the command was published under; CommandDecided names it.</summary>
    public Guid CommandId { get; set; }
    public required string PartnerId { get; set; }
    /// <summary>File name or "api:{export id}".</summary>
    public required string Source { get; set; }
    public required string Kind { get; set; }
    /// <summary>The row's line in the export (the header is line 1).</summary>
    public int Line { get; set; }
    public DateTime ImportedAt { get; set; }
}
