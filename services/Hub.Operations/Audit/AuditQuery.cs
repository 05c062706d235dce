namespace Hub.Operations.Audit;

/// <summary>A search of the audit trail; every filter is optional. Results are newest first, <see cref="Limit"/> at a time.</summary>
public sealed record AuditQuery
{
    public string? BusinessId { get; init; }
    public string? MessageType { get; init; }
    public string? Service { get; init; }
    public string? Stage { get; init; }
    public DateTime? From { get; init; }
    public DateTime? To { get; init; }
    /// <summary>Paging: only records older than this record id.</summary>
    public long? Before { get; init; }
    public int Limit { get; init; } = 50;
}
