using System.Text;
using Microsoft.Data.Sqlite;

namespace Hub.SystemTests.Leaks;

/// <summary>The leak scan itself: it must find what it looks for wherever it hides, and not cry wolf at identifiers.</summary>
public sealed class Scanning_for_leaks
{
    // Example BSNs that pass the 11-check.
    private const string Bsn = "111222333";

    [Theory]
    [InlineData("""{"message":{"bsn":"111222333"}}""")]
    [InlineData("Registering 111222333 for matching")]
    [InlineData("\u0012\u0009111222333\u001a")] // a protobuf string field
    public void Finds_a_bsn_in_messages_logs_and_telemetry(string text) =>
        Assert.Equal("BSN", Assert.Single(LeakScan.Scan("place", text)).Kind);

    [Fact]
    public void Finds_a_bsn_inside_a_stored_bytea_body()
    {
        var row = $"(1,\\x{Convert.ToHexStringLower(Encoding.UTF8.GetBytes($$"""{"bsn":"{{Bsn}}"}"""))})";

        Assert.Equal("BSN", Assert.Single(LeakScan.Scan("database table idempotency_records", row)).Kind);
    }

    [Theory]
    [InlineData("Consent ebdc98f6-c096-83d4-9b25-a111222333bc recorded")] // nine digits inside a GUID
    [InlineData("traceparent 00-4bf92f3577b34da6a111222333e4736a-00f067aa0ba902b7-01")]
    [InlineData("(partner,key,9f3c0ab111222333d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a7b8c9d0e1f2)")] // a keyed request hash
    [InlineData("RequestId\u0012\u0018\u00160HNQ8MHI9MEIQ:000000012\u001e")] // an ASP.NET Core request id before a protobuf tag
    [InlineData("amount 1112223330.00, phone 0612345678")] // ten digits, not nine
    public void Ignores_identifiers_and_other_numbers(string text) => Assert.Empty(LeakScan.Scan("place", text));

    [Fact]
    public void Finds_a_resident_name_except_where_contact_details_belong()
    {
        const string answer = """{"contact":{"name":"Example Resident","phone":"0612345678"}}""";

        Assert.Equal("resident name", Assert.Single(LeakScan.Scan("log of Hub.Gateway", answer)).Kind);
        Assert.Empty(LeakScan.Scan("database table proposals", answer, namesAllowed: true));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Finds_a_bsn_in_a_sqlite_file_a_test_leaves_in_its_scratch_folder(bool inBlob)
    {
        var report = ScanSqlite(inBlob ? Encoding.UTF8.GetBytes($$"""{"bsn":"{{Bsn}}"}""") : $"Registering {Bsn} for matching");

        Assert.Equal(1, report.HitCount);
    }

    [Fact]
    public void Finds_nothing_in_a_clean_sqlite_file()
    {
        var report = ScanSqlite($"rp-{Guid.NewGuid():N} ebdc98f6-c096-83d4-9b25-a111222333bc");

        Assert.Equal(0, report.HitCount);
        Assert.Equal(2, report.Scanned("SQLite rows"));
    }

    /// <summary>A database like a service's, one folder down in a scratch folder: a clean row and one with <paramref name="value"/>.</summary>
    private static LeakReport ScanSqlite(object value)
    {
        var scratch = Directory.CreateTempSubdirectory("hub-leak-scan-sqlite-").FullName;
        try
        {
            var file = Path.Combine(Directory.CreateDirectory(Path.Combine(scratch, "data")).FullName, "matching_0123456789.db");
            using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
            {
                connection.Open();
                using var create = new SqliteCommand("create table inbox_messages (id text primary key, body blob); insert into inbox_messages values ('clean', x'7b7d')", connection);
                create.ExecuteNonQuery();
                using var insert = new SqliteCommand("insert into inbox_messages values ('planted', $value)", connection);
                insert.Parameters.AddWithValue("$value", value);
                insert.ExecuteNonQuery();
            }
            var report = new LeakReport();
            SqliteScratch.Scan(scratch, report);
            return report;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }
}
