using System.Data.Common;
using System.Text.Json;
using Hub.JobMatching.Storage;
using Npgsql;
using Wolverine;
using Wolverine.RDBMS;
using Wolverine.Runtime;

namespace Hub.LoadTests.Peer;

/// <summary>
/// One database transaction enlisted in Wolverine's outbox: messages published meanwhile are stored in it and sent only
/// after it commits. Inside a handler the incoming envelope is marked handled in it too (the durable inbox), as Wolverine's
/// EF Core integration does, so a redelivery after a crash finds the work done.
/// </summary>
public sealed class PeerTransaction : IAsyncDisposable
{
    private readonly MessageContext _bus;
    private readonly IMessageDatabase _database;
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;

    private PeerTransaction(MessageContext bus, IMessageDatabase database, DbConnection connection, DbTransaction transaction) =>
        (_bus, _database, _connection, _transaction) = (bus, database, connection, transaction);

    public static async Task<PeerTransaction> EnlistAsync(MessageContext bus, IMessageDatabase database, DbConnection connection, DbTransaction transaction)
    {
        await bus.EnlistInOutboxAsync(new DatabaseEnvelopeTransaction(database, transaction));
        return new PeerTransaction(bus, database, connection, transaction);
    }

    /// <summary>Records the first use of a partner's Idempotency-Key; false when it was used before (nothing written).</summary>
    public async Task<bool> TryRecordIdempotencyAsync(string partnerId, string keyHash, string requestHash, string responseBody, CancellationToken cancellationToken) =>
        await Execute("""
            INSERT INTO peer_idempotency (partner_id, key_hash, request_hash, response_body, created_at)
            VALUES (@partner, @key, @request, @response, @now) ON CONFLICT (partner_id, key_hash) DO NOTHING
            """, cancellationToken, ("partner", partnerId), ("key", keyHash), ("request", requestHash), ("response", responseBody), ("now", DateTime.UtcNow)) == 1;

    /// <summary>The request hash and answer stored for a used Idempotency-Key.</summary>
    public async Task<(string RequestHash, string ResponseBody)?> FindIdempotencyAsync(string partnerId, string keyHash, CancellationToken cancellationToken)
    {
        await using var command = PeerStore.Command(_connection, _transaction,
            "SELECT request_hash, response_body FROM peer_idempotency WHERE partner_id = @partner AND key_hash = @key", ("partner", partnerId), ("key", keyHash));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    /// <summary>Stores a new vacancy; false when it is stored already (a redelivered publication).</summary>
    public async Task<bool> TryInsertVacancyAsync(Vacancy vacancy, CancellationToken cancellationToken) =>
        await Execute("""
            INSERT INTO peer_vacancies (id, employer_id, title, occupation_code, postcode, focus_area_id, hours_per_week, positions, closing_date,
                is_recovery_job, is_learn_work_place, has_wage_cost_compensation, required_skills, nice_to_have_skills, required_licences,
                status, published_at, registered_at)
            VALUES (@id, @employer, @title, @occupation, @postcode, @area, @hours, @positions, @closing, @recovery, @learnWork, @wageCost,
                @required, @niceToHave, @licences, @status, @published, @registered)
            ON CONFLICT (id) DO NOTHING
            """, cancellationToken,
            ("id", vacancy.Id), ("employer", vacancy.EmployerId), ("title", vacancy.Title), ("occupation", vacancy.OccupationCode),
            ("postcode", vacancy.Postcode), ("area", vacancy.FocusAreaId), ("hours", vacancy.HoursPerWeek), ("positions", vacancy.Positions),
            ("closing", vacancy.ClosingDate), ("recovery", vacancy.IsRecoveryJob), ("learnWork", vacancy.IsLearnWorkPlace),
            ("wageCost", vacancy.HasWageCostCompensation), ("required", JsonSerializer.Serialize(vacancy.RequiredSkills)),
            ("niceToHave", JsonSerializer.Serialize(vacancy.NiceToHaveSkills)), ("licences", JsonSerializer.Serialize(vacancy.RequiredLicences)),
            ("status", vacancy.Status.ToString()), ("published", vacancy.PublishedAt), ("registered", vacancy.RegisteredAt)) == 1;

    /// <summary>Stores the proposals in one statement and counts one more open proposal for each of their seekers in another.</summary>
    public async Task InsertProposalsAsync(IReadOnlyList<Proposal> proposals, CancellationToken cancellationToken)
    {
        if (proposals.Count == 0)
        {
            return;
        }
        var rows = new List<string>();
        var parameters = new List<(string, object?)>();
        for (var i = 0; i < proposals.Count; i++)
        {
            var p = proposals[i];
            rows.Add($"(@id{i}, @vacancy{i}, @employer{i}, @subject{i}, @area{i}, @rank{i}, @priority{i}, @score{i}, @reasons{i}, @status{i}, @at{i})");
            parameters.AddRange([($"id{i}", p.Id), ($"vacancy{i}", p.VacancyId), ($"employer{i}", p.EmployerId), ($"subject{i}", p.SubjectPseudonym),
                ($"area{i}", p.FocusAreaId), ($"rank{i}", p.Rank), ($"priority{i}", p.IsPriority), ($"score{i}", p.Score),
                ($"reasons{i}", JsonSerializer.Serialize(p.Reasons)), ($"status{i}", p.Status.ToString()), ($"at{i}", p.ProposedAt)]);
        }
        await Execute($"""
            INSERT INTO peer_proposals (id, vacancy_id, employer_id, subject_pseudonym, focus_area_id, rank, is_priority, score, reasons, status, proposed_at)
            VALUES {string.Join(", ", rows)}
            """, cancellationToken, [.. parameters]);
        var seekers = proposals.Select((p, i) => ($"s{i}", (object?)p.SubjectPseudonym)).ToArray();
        var names = string.Join(", ", seekers.Select(s => "@" + s.Item1));
        // The best seekers are proposed for many vacancies at once: on PostgreSQL their rows are locked in one order, or
        // two handlers locking them in different orders deadlock. SQLite has one writer at a time anyway.
        await Execute(_connection is NpgsqlConnection
                ? $"""
                  UPDATE peer_job_seekers SET open_proposals = open_proposals + 1 WHERE subject_pseudonym IN (
                      SELECT subject_pseudonym FROM peer_job_seekers WHERE subject_pseudonym IN ({names}) ORDER BY subject_pseudonym FOR UPDATE)
                  """
                : $"UPDATE peer_job_seekers SET open_proposals = open_proposals + 1 WHERE subject_pseudonym IN ({names})",
            cancellationToken, seekers);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_bus.Envelope is { WasPersistedInInbox: true } envelope)
        {
            await _database.MarkIncomingEnvelopeAsHandledInTransactionAsync(_connection, _transaction, envelope,
                DateTimeOffset.UtcNow.Add(_bus.Runtime.Options.Durability.KeepAfterMessageHandling), cancellationToken);
            envelope.Status = EnvelopeStatus.Handled;
        }
        await _transaction.CommitAsync(cancellationToken);
        await _bus.FlushOutgoingMessagesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private Task<int> Execute(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        PeerStore.Execute(_connection, _transaction, sql, cancellationToken, parameters);
}
