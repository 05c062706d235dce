using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Hub.LoadTests.Floor;

/// <summary>
/// Microsoft.Data.Sqlite with the values stored as EF Core stores them (GUIDs as upper-case text, lists as JSON): the
/// idempotency record is one INSERT in its own implicit transaction, job matching's rows one explicit transaction.
/// Each statement is a command of its own that is kept, so SQLite prepares it once.
/// </summary>
internal sealed class SqliteFloorWriter : IFloorWriter
{
    private readonly SqliteConnection _gateway;
    private readonly SemaphoreSlim _gatewayGate;
    private readonly SqliteConnection _jobMatching;
    private readonly SemaphoreSlim _jobMatchingGate;
    private readonly SqliteCommand _insertIdempotencyRecord;
    private readonly SqliteCommand _insertVacancy;
    private readonly SqliteCommand _insertProposal;
    private readonly SqliteCommand _insertInboxMessage;

    public SqliteFloorWriter(SqliteConnection gateway, SemaphoreSlim gatewayGate, SqliteConnection jobMatching, SemaphoreSlim jobMatchingGate)
    {
        _gateway = gateway;
        _gatewayGate = gatewayGate;
        _jobMatching = jobMatching;
        _jobMatchingGate = jobMatchingGate;
        _insertIdempotencyRecord = Command(gateway, """
            INSERT INTO idempotency_records ("PartnerId", "Key", "RequestHash", "AttemptId", "CreatedAt", "StatusCode", "ResponseBody", "ContentType", "Location")
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            """, 9);
        _insertVacancy = Command(jobMatching, """
            INSERT INTO vacancies ("Id", "EmployerId", "Title", "OccupationCode", "Postcode", "FocusAreaId", "HoursPerWeek", "Positions", "ClosingDate",
                "IsRecoveryJob", "IsLearnWorkPlace", "HasWageCostCompensation", "RequiredSkills", "NiceToHaveSkills", "RequiredLicences", "Status",
                "PublishedAt", "RegisteredAt", "IndexVersion")
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
            """, 19);
        _insertProposal = Command(jobMatching, """
            INSERT INTO proposals ("Id", "VacancyId", "EmployerId", "SubjectPseudonym", "FocusAreaId", "Rank", "IsPriority", "Score", "Reasons", "Status", "ProposedAt")
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            """, 11);
        _insertInboxMessage = Command(jobMatching, """
            INSERT INTO inbox_messages ("MessageId", "Consumer", "ProcessedAt") VALUES ($1, $2, $3)
            """, 3);
    }

    public async Task StoreAsync(FloorVacancy v, CancellationToken cancellationToken)
    {
        await _gatewayGate.WaitAsync(cancellationToken);
        try
        {
            Bind(_insertIdempotencyRecord, v.PartnerId, v.IdempotencyKey, v.RequestHash, Text(v.AttemptId), DateTime.UtcNow, 202, v.ResponseBody,
                v.ResponseContentType, v.ResponseLocation);
            await _insertIdempotencyRecord.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            _gatewayGate.Release();
        }

        await _jobMatchingGate.WaitAsync(cancellationToken);
        try
        {
            await using var transaction = (SqliteTransaction)await _jobMatching.BeginTransactionAsync(cancellationToken);
            _insertVacancy.Transaction = transaction;
            Bind(_insertVacancy, Text(v.VacancyId), v.EmployerId, v.Title, v.OccupationCode, v.Postcode, v.FocusAreaId, v.HoursPerWeek, v.Positions,
                v.ClosingDate, v.IsRecoveryJob, v.IsLearnWorkPlace, v.HasWageCostCompensation, Json(v.RequiredSkills), Json(v.NiceToHaveSkills),
                Json(v.RequiredLicences), "Open", v.PublishedAt, v.RegisteredAt, v.IndexVersion);
            await _insertVacancy.ExecuteNonQueryAsync(cancellationToken);
            _insertProposal.Transaction = transaction;
            foreach (var p in v.Proposals)
            {
                Bind(_insertProposal, Text(p.Id), Text(v.VacancyId), v.EmployerId, p.SubjectPseudonym, p.FocusAreaId, p.Rank, p.IsPriority, p.Score,
                    Json(p.Reasons), "Proposed", p.ProposedAt);
                await _insertProposal.ExecuteNonQueryAsync(cancellationToken);
            }
            _insertInboxMessage.Transaction = transaction;
            Bind(_insertInboxMessage, Text(v.MessageId), v.Consumer, DateTime.UtcNow);
            await _insertInboxMessage.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            _jobMatchingGate.Release();
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 1; i <= parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = $"${i}" });
        }
        return command;
    }

    private static void Bind(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static string Text(Guid id) => id.ToString().ToUpperInvariant();

    private static string Json(string[] values) => JsonSerializer.Serialize(values);

    public async ValueTask DisposeAsync()
    {
        foreach (var command in new[] { _insertIdempotencyRecord, _insertVacancy, _insertProposal, _insertInboxMessage })
        {
            await command.DisposeAsync();
        }
        await _gateway.DisposeAsync();
        await _jobMatching.DisposeAsync();
    }
}
