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
}
