using Hub.Operations.Storage;

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
    /// <summary>Requests for data and their answers (<see cref="Hub.Contracts.ReadAttribute"/>); left out unless asked for, here or by <see cref="MessageType"/>.</summary>
    public bool IncludeReads { get; init; }
    /// <summary>Paging: only records after this one in the newest-first order (the last record of the previous page).</summary>
    public AuditCursor? Before { get; init; }
    public int Limit { get; init; } = 50;
}

/// <summary>
/// A place in the newest-first order of the audit trail: a record's time and, among records of the same time, its id.
/// Written as "{ticks}-{id}" in the console's URLs.
/// </summary>
public sealed record AuditCursor(DateTime OccurredAt, long Id)
{
    public static AuditCursor Of(AuditRecord record) => new(record.OccurredAt, record.Id);

    public override string ToString() => $"{OccurredAt.Ticks}-{Id}";

    public static AuditCursor? Parse(string? text) =>
        text?.Split('-') is [var ticks, var id] && long.TryParse(ticks, out var t) && t is > 0 and <= 3155378975999999999 && long.TryParse(id, out var i)
            ? new AuditCursor(new DateTime(t, DateTimeKind.Utc), i)
            : null;
}
