using Hub.Testing;

namespace Hub.Testing.Tests;

public sealed class BsnScannerOnText
{
    [Theory]
    [InlineData("111222333")]
    [InlineData("123456782")]
    public void FindsABsnThatPassesTheElevenCheck(string bsn) =>
        Assert.Equal([bsn], BsnScanner.FindBsns($"person {bsn} moved"));

    [Fact]
    public void FindsEveryBsnBetweenNonDigits() =>
        Assert.Equal(
            ["111222333", "123456782", "111222333"],
            BsnScanner.FindBsns("{\"bsn\":\"111222333\"} bsn=123456782;x111222333y"));

    [Theory]
    [InlineData("123456789")] // fails the 11-check
    [InlineData("000000000")] // passes the sum, but is no BSN
    [InlineData("1112223330")] // ten digits, though its first nine are a valid BSN
    [InlineData("01234567820")] // a valid BSN inside a longer run
    [InlineData("11122233")] // eight digits
    public void IgnoresWhatIsNoStandaloneValidBsn(string text) =>
        Assert.Empty(BsnScanner.FindBsns($"value {text} end"));

    [Theory]
    [InlineData("trace b30006fe111222333a7e9dad190f1a93")] // a W3C trace id with a run of nine digits
    [InlineData("message 5f1a0000-bbf2-6245-1112-111222333abc")] // a GUID's last group
    [InlineData("0B1C2D3E4F5A6B7C111222333abcdef0")] // a hex id stored straight after another column
    public void IgnoresNineDigitsInsideIdentifiers(string text) =>
        Assert.Empty(BsnScanner.FindBsns(text));

    [Fact]
    public void IgnoresTheDecimalsOfOneDateTimeRunningIntoTheYearOfTheNext()
    {
        // Two timestamp columns of a database row, back to back: "20438" + "2026" passes the 11-check.
        Assert.True(BsnScanner.PassesElevenCheck("204382026"));
        Assert.Empty(BsnScanner.FindBsns("sent2026-12-03 21:49:20.204382026-12-03 21:49:20.1823074{\"Pc4\":\"8923\"}"));
    }

    [Fact]
    public void FindsABsnBesideADateTime() =>
        Assert.Equal(["111222333"], BsnScanner.FindBsns("2026-12-03 21:49:20.1823074 111222333|2026-12-03T21:49:20"));

    [Fact]
    public void ReportsACountAndNeverTheNumber()
    {
        var failure = Assert.Throws<BsnFoundException>(() => BsnScanner.AssertNone("a 111222333 and a 123456782", "the log"));

        Assert.Equal("2 BSN(s) found in the log.", failure.Message);
        BsnScanner.AssertNone("no number here, only 123456789", "the log");
    }
}
