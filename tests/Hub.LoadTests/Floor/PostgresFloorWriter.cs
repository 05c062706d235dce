using Npgsql;

namespace Hub.LoadTests.Floor;

/// <summary>
/// Plain Npgsql, the least a client can do: the idempotency record is one INSERT (its own transaction); job matching's
/// rows go in one batch, a single round trip that PostgreSQL runs as one implicit transaction.
/// </summary>
internal sealed class PostgresFloorWriter(NpgsqlConnection gateway, NpgsqlConnection jobMatching) : IFloorWriter
{
    private const string InsertIdempotencyRecord = """
        INSERT INTO idempotency_records ("PartnerId", "Key", "RequestHash", "AttemptId", "CreatedAt", "StatusCode", "ResponseBody", "ContentType", "Location")
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
        """;

    private const string InsertVacancy = """
        INSERT INTO vacancies ("Id", "EmployerId", "Title", "OccupationCode", "Postcode", "FocusAreaId", "HoursPerWeek", "Positions", "ClosingDate",
            "IsRecoveryJob", "IsLearnWorkPlace", "HasWageCostCompensation", "RequiredSkills", "NiceToHaveSkills", "RequiredLicences", "Status",
            "PublishedAt", "RegisteredAt", "IndexVersion")
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
        """;

    private const string InsertProposal = """
        INSERT INTO proposals ("Id", "VacancyId", "EmployerId", "SubjectPseudonym", "FocusAreaId", "Rank", "IsPriority", "Score", "Reasons", "Status", "ProposedAt")
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
        """;

    private const string InsertInboxMessage = """
        INSERT INTO inbox_messages ("MessageId", "Consumer", "ProcessedAt") VALUES ($1, $2, $3)
        """;

    public async Task StoreAsync(FloorVacancy v, CancellationToken cancellationToken)
    {
        await using (var record = new NpgsqlCommand(InsertIdempotencyRecord, gateway))
        {
            Add(record.Parameters, v.PartnerId, v.IdempotencyKey, v.RequestHash, v.AttemptId, DateTime.UtcNow, 202, v.ResponseBody, v.ResponseContentType, v.ResponseLocation);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var batch = new NpgsqlBatch(jobMatching);
        var vacancy = new NpgsqlBatchCommand(InsertVacancy);
        Add(vacancy.Parameters, v.VacancyId, v.EmployerId, v.Title, v.OccupationCode, v.Postcode, v.FocusAreaId, v.HoursPerWeek, v.Positions, v.ClosingDate,
            v.IsRecoveryJob, v.IsLearnWorkPlace, v.HasWageCostCompensation, v.RequiredSkills, v.NiceToHaveSkills, v.RequiredLicences, "Open",
            v.PublishedAt, v.RegisteredAt, v.IndexVersion);
        batch.BatchCommands.Add(vacancy);
        foreach (var p in v.Proposals)
        {
            var proposal = new NpgsqlBatchCommand(InsertProposal);
            Add(proposal.Parameters, p.Id, v.VacancyId, v.EmployerId, p.SubjectPseudonym, p.FocusAreaId, p.Rank, p.IsPriority, p.Score, p.Reasons, "Proposed", p.ProposedAt);
            batch.BatchCommands.Add(proposal);
        }
        var inbox = new NpgsqlBatchCommand(InsertInboxMessage);
        Add(inbox.Parameters, v.MessageId, v.Consumer, DateTime.UtcNow);
        batch.BatchCommands.Add(inbox);
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Add(NpgsqlParameterCollection parameters, params object?[] values)
    {
        foreach (var value in values)
        {
            parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }
    }

    public async ValueTask DisposeAsync()
    {
        await gateway.DisposeAsync();
        await jobMatching.DisposeAsync();
    }
}
