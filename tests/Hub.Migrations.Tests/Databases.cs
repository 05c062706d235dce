using System.Data.Common;
using Hub.Messaging.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Hub.Migrations.Tests;

/// <summary>Empty databases on either provider, and the schema builds before migrations left in them.</summary>
public sealed class Databases(PostgresServerFixture postgres) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("hub-migrations-").FullName;

    public async Task<Database> NewAsync(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Postgres => new Database(provider, await postgres.NewDatabaseAsync()),
        _ => new Database(provider, $"Data Source={Path.Combine(_directory, $"{Guid.NewGuid():N}.db")};Default Timeout=30"),
    };

    /// <summary>A database no one has created yet (PostgreSQL: the server has no database of that name).</summary>
    public Database NotCreatedYet() => new(DatabaseProvider.Postgres, postgres.Server.ConnectionString($"migrations_{Guid.NewGuid():N}"));

    /// <summary>The schema a build before migrations created for <typeparamref name="TDb"/> (EnsureCreated, no history table).</summary>
    public static async Task CreateAsBeforeMigrationsAsync<TDb>(Database database) where TDb : DbContext =>
        await ExecuteAsync(database, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "BeforeMigrations", $"{typeof(TDb).Name}.{database.Provider}.sql")));

    public static async Task ExecuteAsync(Database database, string sql)
    {
        await using var connection = await OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<long> CountAsync(Database database, string sql)
    {
        await using var connection = await OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The tables the database holds now, each with its columns.</summary>
    public static async Task<Dictionary<string, HashSet<string>>> TablesAsync(Database database)
    {
        await using var connection = await OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = database.Provider == DatabaseProvider.Postgres
            ? "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'"
            : "SELECT m.name, c.name FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table'";
        var tables = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var table = reader.GetString(0);
            if (!tables.TryGetValue(table, out var columns))
            {
                tables[table] = columns = new HashSet<string>(StringComparer.Ordinal);
            }
            columns.Add(reader.GetString(1));
        }
        return tables;
    }

    private static async Task<DbConnection> OpenAsync(Database database)
    {
        DbConnection connection = database.Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(database.ConnectionString)
            : new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
