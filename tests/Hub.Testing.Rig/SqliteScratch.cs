using System.Text;
using Microsoft.Data.Sqlite;

namespace Hub.Testing.Rig;

/// <summary>
/// SQLite databases the system tests produce (the embedded hub, SQLite crash runs) live in scratch folders that
/// each test deletes when it ends, long before the sweep. A test scans its folder here just before deleting it;
/// the findings (counts only, never a value) wait for <see cref="LeakSweep"/>.
/// </summary>
public static class SqliteScratch
{
    private static readonly Lock Gate = new();
    private static readonly LeakReport Findings = new();

    /// <summary>Scans every SQLite database under <paramref name="directory"/> into the findings of this run, then clears the connection pools so the folder can go.</summary>
    public static void ScanBeforeDeleting(string directory)
    {
        lock (Gate)
        {
            Scan(directory, Findings);
        }
        SqliteConnection.ClearAllPools();
    }

    /// <summary>Adds this run's findings to the sweep's report.</summary>
    public static void AddTo(LeakReport report)
    {
        lock (Gate)
        {
            report.Merge(Findings);
        }
    }

    /// <summary>Every row of every table of every *.db file under <paramref name="directory"/>; blobs as hex, as PostgreSQL prints bytea.</summary>
    public static void Scan(string directory, LeakReport report)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }
        foreach (var file in Directory.EnumerateFiles(directory, "*.db", SearchOption.AllDirectories))
        {
            // No pooling: the handle must be gone when the test deletes the folder.
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
            connection.Open();
            foreach (var table in Strings(connection, "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'"))
            {
                var rows = Rows(connection, table);
                // Job matching keeps the accepted job seeker's contact with the proposal, by design (as in PostgreSQL).
                report.Add("SQLite rows", $"SQLite {Path.GetFileName(file)} table {table}", string.Join('\n', rows), namesAllowed: table == "proposals", count: rows.Count);
            }
        }
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = new SqliteCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }

    private static List<string> Rows(SqliteConnection connection, string table)
    {
        using var command = new SqliteCommand($"select * from \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var row = new StringBuilder("(");
            for (var column = 0; column < reader.FieldCount; column++)
            {
                row.Append(column == 0 ? "" : ",").Append(reader.IsDBNull(column) ? "" : reader.GetValue(column) switch
                {
                    byte[] bytes => "\\x" + Convert.ToHexStringLower(bytes),
                    var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
                });
            }
            rows.Add(row.Append(')').ToString());
        }
        return rows;
    }
}
