using System.Data.Common;
using System.Text.Json;
using Hub.Contracts.Operations;
using Hub.Operations.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hub.Operations.Audit;

/// <summary>
/// Writes an audit batch with plain parameterised SQL inside the inbox transaction: EF Core change tracking
/// costs too much at thousands of records a second. A message's focus area is the one it names (its AreaId or
/// FocusAreaId, else its postcode's PC4), else that of an entity it concerns (a proposal's answer gets the proposal's
/// area), else that of its conversation, learnt from the first message in it with an area.
/// </summary>
public sealed class AuditWriter(OperationsDb db, AreaDirectory areas)
{
    private const int RowsPerStatement = 100;

    private readonly bool _sqlite = db.Database.IsSqlite();

    private static readonly string[] RecordColumns =
    [
        "message_id", "message_type", "stage", "service", "endpoint", "consumer", "conversation_id", "correlation_id", "initiator_id",
        "trace_id", "occurred_at", "sent_at", "processing_ms", "critical_ms", "exception_type", "exception_message", "retry_attempt", "facts", "area_id",
    ];

    public async Task WriteAsync(AuditBatch batch, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await WriteOpenAsync(batch, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task WriteOpenAsync(AuditBatch batch, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var entries = batch.Entries;
        var entryAreas = entries.Select(AreaOf).ToArray();
        var entryKeys = entries.Select(EntityKeys).ToArray();
        var knownKeys = await AreasByKeyAsync(entries, entryKeys, entryAreas, cancellationToken);

        // Conversations that name their area in this batch: remember it, and give it to records stored before.
        var learnt = entries.Select((e, i) => (e.ConversationId, Area: entryAreas[i]))
            .Where(p => p.ConversationId is not null && p.Area is not null)
            .DistinctBy(p => p.ConversationId)
            .ToList();
        if (learnt.Count > 0)
        {
            await RememberAreasAsync(connection, transaction, learnt.Select(p => (p.ConversationId!.Value, p.Area!)).ToList(), cancellationToken);
        }
        var known = learnt.ToDictionary(p => p.ConversationId!.Value, p => p.Area!);
        var unknown = entries.Where((e, i) => entryAreas[i] is null && e.ConversationId is { } c && !known.ContainsKey(c))
            .Select(e => e.ConversationId!.Value).Distinct().ToList();
        if (unknown.Count > 0)
        {
            foreach (var stored in await db.ConversationAreas.AsNoTracking().Where(a => unknown.Contains(a.ConversationId)).ToListAsync(cancellationToken))
            {
                known[stored.ConversationId] = stored.AreaId;
            }
        }
        for (var i = 0; i < entries.Count; i++)
        {
            entryAreas[i] ??= entries[i].ConversationId is { } c ? known.GetValueOrDefault(c) : null;
        }

        await RememberKeyAreasAsync(connection, transaction, entries, entryKeys, entryAreas, knownKeys, cancellationToken);

        if (_sqlite)
        {
            await InsertRecordsOneByOneAsync(connection, transaction, batch.Service, entries, entryAreas, cancellationToken);
        }
        else
        {
            for (var start = 0; start < entries.Count; start += RowsPerStatement)
            {
                await InsertRecordsAsync(connection, transaction, batch.Service, entries, entryAreas, start, Math.Min(RowsPerStatement, entries.Count - start), cancellationToken);
            }
        }
        await InsertKeysAsync(connection, transaction, entries, cancellationToken);
    }

    /// <summary>Two statements for the whole batch: remember each conversation's area, then give it to its earlier records without one.</summary>
    private async Task RememberAreasAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyList<(Guid ConversationId, string Area)> learnt,
        CancellationToken cancellationToken)
    {
        foreach (var chunk in learnt.Chunk(RowsPerStatement))
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            await using var update = connection.CreateCommand();
            update.Transaction = transaction;
            var values = new System.Text.StringBuilder();
            var ids = new System.Text.StringBuilder();
            for (var i = 0; i < chunk.Length; i++)
            {
                values.Append(i == 0 ? "" : ", ").Append($"(@c{i}, @a{i})");
                ids.Append(i == 0 ? "" : ", ").Append($"@c{i}");
                AddParameter(insert, $"@c{i}", chunk[i].ConversationId);
                AddParameter(insert, $"@a{i}", chunk[i].Area);
                AddParameter(update, $"@c{i}", chunk[i].ConversationId);
            }
            insert.CommandText = $"INSERT INTO audit_conversation_areas (conversation_id, area_id) VALUES {values} ON CONFLICT DO NOTHING";
            await insert.ExecuteNonQueryAsync(cancellationToken);
            update.CommandText = "UPDATE audit_records SET area_id = (SELECT a.area_id FROM audit_conversation_areas a WHERE a.conversation_id = audit_records.conversation_id) "
                + $"WHERE area_id IS NULL AND conversation_id IN ({ids})";
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The ids of the business entities a message concerns (its Guid facts: VacancyId, ProposalId, DeliveryId, ...).
    /// Organisation ids are left out: an organisation works in many areas.
    /// </summary>
    private static string[] EntityKeys(AuditEntry entry) =>
        [.. entry.Facts.Where(f => f.Key.EndsWith("Id", StringComparison.Ordinal) && Guid.TryParse(f.Value, out _)).Select(f => f.Value)];

    /// <summary>
    /// Gives a message that names no area the area of an entity it concerns, learnt in this batch or before; returns the
    /// areas of the batch's entities that were known before it.
    /// </summary>
    private async Task<Dictionary<string, string>> AreasByKeyAsync(IReadOnlyList<AuditEntry> entries, string[][] entryKeys, string?[] entryAreas,
        CancellationToken cancellationToken)
    {
        var keys = entryKeys.SelectMany(k => k).Distinct(StringComparer.Ordinal).ToList();
        var stored = keys.Count == 0 ? [] : await db.KeyAreas.AsNoTracking().Where(k => keys.Contains(k.Value))
            .ToDictionaryAsync(k => k.Value, k => k.AreaId, StringComparer.Ordinal, cancellationToken);
        var inBatch = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            foreach (var key in entryKeys[i].Where(_ => entryAreas[i] is not null))
            {
                inBatch.TryAdd(key, entryAreas[i]!);
            }
        }
        for (var i = 0; i < entries.Count; i++)
        {
            entryAreas[i] ??= entryKeys[i].Select(k => stored.GetValueOrDefault(k) ?? inBatch.GetValueOrDefault(k)).FirstOrDefault(a => a is not null);
        }
        return stored;
    }

    /// <summary>
    /// Remembers the area of every entity the batch's messages concern that had none yet, and gives it to records stored
    /// before that concern the entity and have no area (a message whose audit came in before the one that names the area),
    /// and to their conversations.
    /// </summary>
    private async Task RememberKeyAreasAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyList<AuditEntry> entries, string[][] entryKeys,
        string?[] entryAreas, Dictionary<string, string> known, CancellationToken cancellationToken)
    {
        var learnt = entries.Select((_, i) => i).Where(i => entryAreas[i] is not null)
            .SelectMany(i => entryKeys[i].Where(key => !known.ContainsKey(key)).Select(key => (Key: key, Area: entryAreas[i]!)))
            .DistinctBy(k => k.Key)
            .ToDictionary(k => k.Key, k => k.Area, StringComparer.Ordinal);
        if (learnt.Count == 0)
        {
            return;
        }
        foreach (var chunk in learnt.Chunk(RowsPerStatement))
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            var values = new System.Text.StringBuilder();
            for (var i = 0; i < chunk.Length; i++)
            {
                values.Append(i == 0 ? "" : ", ").Append($"(@k{i}, @a{i})");
                AddParameter(insert, $"@k{i}", chunk[i].Key);
                AddParameter(insert, $"@a{i}", chunk[i].Value);
            }
            insert.CommandText = $"INSERT INTO audit_key_areas (value, area_id) VALUES {values} ON CONFLICT DO NOTHING";
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        var keys = learnt.Keys.ToList();
        var late = await db.BusinessKeys.AsNoTracking().Where(k => keys.Contains(k.Value))
            .Join(db.AuditRecords.AsNoTracking().Where(r => r.AreaId == null), k => k.MessageId, r => r.MessageId, (k, r) => new { k.Value, r.MessageId, r.ConversationId })
            .ToListAsync(cancellationToken);
        foreach (var message in late.DistinctBy(m => m.MessageId))
        {
            await using var update = connection.CreateCommand();
            update.Transaction = transaction;
            update.CommandText = "UPDATE audit_records SET area_id = @a WHERE message_id = @m AND area_id IS NULL";
            AddParameter(update, "@a", learnt[message.Value]);
            AddParameter(update, "@m", message.MessageId);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
        var conversations = late.Where(m => m.ConversationId is not null).DistinctBy(m => m.ConversationId).Select(m => (m.ConversationId!.Value, learnt[m.Value])).ToList();
        if (conversations.Count > 0)
        {
            await RememberAreasAsync(connection, transaction, conversations, cancellationToken);
        }
    }

    private string? AreaOf(AuditEntry entry) =>
        entry.Facts.GetValueOrDefault("AreaId") ?? entry.Facts.GetValueOrDefault("FocusAreaId")
        ?? (entry.Facts.GetValueOrDefault("Pc4") is { } pc4 ? areas.AreaOfPc4(pc4) : null);

    /// <summary>
    /// SQLite: one prepared single-row INSERT run per record. SQLite looks a named parameter up by a linear search, so
    /// binding the 1,900 parameters of a 100-row statement costs more than the inserts themselves; in-process there is
    /// no round trip to save.
    /// </summary>
    private async Task InsertRecordsOneByOneAsync(DbConnection connection, DbTransaction? transaction, string service, IReadOnlyList<AuditEntry> entries,
        string?[] entryAreas, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO audit_records ({string.Join(", ", RecordColumns)}) VALUES ({string.Join(", ", RecordColumns.Select((_, i) => $"@p{i}"))})";
        for (var row = 0; row < entries.Count; row++)
        {
            var values = RecordValues(service, entries[row], entryAreas[row]);
            if (row == 0)
            {
                for (var column = 0; column < values.Length; column++)
                {
                    AddParameter(command, $"@p{column}", values[column]);
                }
                await command.PrepareAsync(cancellationToken);
            }
            else
            {
                for (var column = 0; column < values.Length; column++)
                {
                    command.Parameters[column].Value = ParameterValue(values[column]);
                }
            }
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task InsertRecordsAsync(DbConnection connection, DbTransaction? transaction, string service, IReadOnlyList<AuditEntry> entries,
        string?[] entryAreas, int start, int count, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new System.Text.StringBuilder("INSERT INTO audit_records (").AppendJoin(", ", RecordColumns).Append(") VALUES ");
        for (var row = 0; row < count; row++)
        {
            var values = RecordValues(service, entries[start + row], entryAreas[start + row]);
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < values.Length; column++)
            {
                var name = $"@p{row}_{column}";
                sql.Append(column == 0 ? name : ", " + name);
                AddParameter(command, name, values[column]);
            }
            sql.Append(')');
        }
        command.CommandText = sql.ToString();
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>One record's values in the order of <see cref="RecordColumns"/>.</summary>
    private static object?[] RecordValues(string service, AuditEntry entry, string? area)
    {
        var occurredAt = Utc(entry.OccurredAt);
        DateTime? sentAt = entry.SentAt is { } s ? Utc(s) : null;
        return
        [
            entry.MessageId, entry.MessageType, entry.Stage, service, entry.Endpoint, entry.Consumer, entry.ConversationId, entry.CorrelationId, entry.InitiatorId,
            entry.TraceId, occurredAt, sentAt, entry.ProcessingMilliseconds,
            entry.Stage is "processed" or "faulted" && sentAt is { } sent ? Math.Max(0, (occurredAt - sent).TotalMilliseconds) : null,
            entry.ExceptionType, entry.ExceptionMessage, entry.RetryAttempt,
            entry.Facts.Count == 0 ? null : JsonSerializer.Serialize(entry.Facts), area,
        ];
    }

    /// <summary>Ids only (VacancyId, SignalId, EmployerId, ...): the values an operator pastes into the search box.</summary>
    private async Task InsertKeysAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var keys = entries
            .SelectMany(e => e.Facts.Where(f => f.Key.EndsWith("Id", StringComparison.Ordinal) && f.Key is not ("AreaId" or "FocusAreaId"))
                .Select(f => (Value: f.Value, e.MessageId)))
            .Distinct()
            .ToList();
        foreach (var chunk in keys.Chunk(RowsPerStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new System.Text.StringBuilder("INSERT INTO audit_business_keys (value, message_id) VALUES ");
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i == 0 ? "" : ", ").Append($"(@v{i}, @m{i})");
                AddParameter(command, $"@v{i}", chunk[i].Value);
                AddParameter(command, $"@m{i}", chunk[i].MessageId);
            }
            command.CommandText = sql.Append(" ON CONFLICT DO NOTHING").ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private void AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = ParameterValue(value);
        command.Parameters.Add(parameter);
    }

    // EF Core keeps Guids in SQLite as upper-case text; the plain SQL must write them the same way.
    private object ParameterValue(object? value) => value switch
    {
        null => DBNull.Value,
        Guid id when _sqlite => id.ToString().ToUpperInvariant(),
        _ => value,
    };

    private static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
