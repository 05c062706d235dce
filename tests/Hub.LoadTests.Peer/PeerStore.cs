using System.Data.Common;
using System.Text.Json;
using Hub.JobMatching.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;
using Wolverine;
using Wolverine.RDBMS;
using Wolverine.Runtime;

namespace Hub.LoadTests.Peer;

/// <summary>
/// The peer's own tables beside Wolverine's envelope tables, in one database (PostgreSQL or SQLite), written with plain
/// ADO.NET. The SQL is the subset both understand, so one text serves both.
/// </summary>
public sealed class PeerStore(PeerSettings settings, IWolverineRuntime runtime) : IDisposable
{
    private readonly NpgsqlDataSource? _postgres = settings.IsPostgres ? NpgsqlDataSource.Create(settings.ConnectionString) : null;

    /// <summary>Creates the database (on PostgreSQL, as the Hub's services' migrations do) and the peer's tables, if missing.</summary>
    public async Task CreateSchemaAsync(CancellationToken cancellationToken)
    {
        if (settings.IsPostgres)
        {
            await CreatePostgresDatabaseAsync(cancellationToken);
        }
        await using var connection = await OpenAsync(cancellationToken);
        if (!settings.IsPostgres)
        {
            // As the Hub's services do on SQLite: readers do not wait for the writer.
            await Execute(connection, null, "PRAGMA journal_mode=WAL", cancellationToken);
        }
        await Execute(connection, null, """
            CREATE TABLE IF NOT EXISTS peer_idempotency (
                partner_id text NOT NULL, key_hash text NOT NULL, request_hash text NOT NULL, response_body text NOT NULL,
                created_at timestamptz NOT NULL, PRIMARY KEY (partner_id, key_hash));
            CREATE TABLE IF NOT EXISTS peer_job_seekers (
                subject_pseudonym text PRIMARY KEY, job_seeker text NOT NULL, open_proposals integer NOT NULL);
            CREATE TABLE IF NOT EXISTS peer_vacancies (
                id uuid PRIMARY KEY, employer_id text NOT NULL, title text NOT NULL, occupation_code text NOT NULL, postcode text NOT NULL,
                focus_area_id text NULL, hours_per_week integer NOT NULL, positions integer NOT NULL, closing_date date NOT NULL,
                is_recovery_job boolean NOT NULL, is_learn_work_place boolean NOT NULL, has_wage_cost_compensation boolean NOT NULL,
                required_skills text NOT NULL, nice_to_have_skills text NOT NULL, required_licences text NOT NULL,
                status text NOT NULL, published_at timestamptz NOT NULL, registered_at timestamptz NOT NULL);
            CREATE TABLE IF NOT EXISTS peer_proposals (
                id uuid PRIMARY KEY, vacancy_id uuid NOT NULL, employer_id text NOT NULL, subject_pseudonym text NOT NULL,
                focus_area_id text NULL, rank integer NOT NULL, is_priority boolean NOT NULL, score integer NOT NULL, reasons text NOT NULL,
                status text NOT NULL, proposed_at timestamptz NOT NULL);
            CREATE INDEX IF NOT EXISTS peer_proposals_by_vacancy ON peer_proposals (vacancy_id);
            """, cancellationToken);
    }

    private async Task CreatePostgresDatabaseAsync(CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        var maintenance = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = Command(connection, null, "SELECT 1 FROM pg_database WHERE datname = @name", ("name", target.Database));
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            // A name cannot be a parameter; quoted as an identifier.
            await Execute(connection, null, $"CREATE DATABASE \"{target.Database!.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", cancellationToken);
        }
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = _postgres is not null ? _postgres.CreateConnection() : new SqliteConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>A transaction on the peer's database whose outgoing messages Wolverine's outbox stores with it.</summary>
    public async Task<PeerTransaction> BeginAsync(IMessageBus bus, CancellationToken cancellationToken)
    {
        var database = runtime.Storage as IMessageDatabase
            ?? throw new InvalidOperationException($"Wolverine's message store is {runtime.Storage.GetType().Name}, not a database.");
        var connection = await OpenAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            return await PeerTransaction.EnlistAsync((MessageContext)bus, database, connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task SaveJobSeekerAsync(JobSeeker seeker, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await Execute(connection, null, """
            INSERT INTO peer_job_seekers (subject_pseudonym, job_seeker, open_proposals) VALUES (@subject, @seeker, 0)
            ON CONFLICT (subject_pseudonym) DO UPDATE SET job_seeker = excluded.job_seeker
            """, cancellationToken, ("subject", seeker.SubjectPseudonym), ("seeker", JsonSerializer.Serialize(seeker)));
    }

    public async Task<List<(JobSeeker Seeker, int OpenProposals)>> LoadJobSeekersAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT job_seeker, open_proposals FROM peer_job_seekers");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var seekers = new List<(JobSeeker, int)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            seekers.Add((JsonSerializer.Deserialize<JobSeeker>(reader.GetString(0))!, reader.GetInt32(1)));
        }
        return seekers;
    }

    /// <summary>The partner's proposals for one of its vacancies, best first.</summary>
    public async Task<List<Proposal>> ProposalsForAsync(Guid vacancyId, string employerId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, """
            SELECT id, subject_pseudonym, focus_area_id, rank, is_priority, score, reasons, status, proposed_at
            FROM peer_proposals WHERE vacancy_id = @vacancy AND employer_id = @employer ORDER BY rank
            """, ("vacancy", vacancyId), ("employer", employerId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var proposals = new List<Proposal>();
        while (await reader.ReadAsync(cancellationToken))
        {
            proposals.Add(new Proposal
            {
                Id = reader.GetGuid(0),
                VacancyId = vacancyId,
                EmployerId = employerId,
                SubjectPseudonym = reader.GetString(1),
                FocusAreaId = reader.IsDBNull(2) ? null : reader.GetString(2),
                Rank = reader.GetInt32(3),
                IsPriority = reader.GetBoolean(4),
                Score = reader.GetInt32(5),
                Reasons = JsonSerializer.Deserialize<List<string>>(reader.GetString(6)) ?? [],
                Status = Enum.Parse<ProposalStatus>(reader.GetString(7)),
                ProposedAt = reader.GetDateTime(8),
            });
        }
        return proposals;
    }

    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public static async Task<int> Execute(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose() => _postgres?.Dispose();
}
