using System.Text;

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
}
