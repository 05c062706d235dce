namespace Hub.Contracts.Operations;

/// <summary>
/// What one service saw happen to messages in the last moments, sent in batches so auditing keeps up
/// with the traffic it describes. Hub.Operations stores it; no payload, no personal data.
/// </summary>
public record AuditBatch
{
    public required string Service { get; init; }
    public required IReadOnlyList<AuditEntry> Entries { get; init; }
}
