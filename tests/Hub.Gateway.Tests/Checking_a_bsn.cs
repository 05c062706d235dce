using Hub.Pseudonymisation;

namespace Hub.Gateway.Tests;

public sealed class Checking_a_bsn
{
    [Theory]
    [InlineData("111222333")]
    [InlineData("123456782")]
    [InlineData("999999990")]
    [InlineData("725763863")]
    public void Accepts_nine_digits_that_pass_the_11_check(string bsn) => Assert.True(Bsn.IsValid(bsn));

    [Theory]
    [InlineData("123456789")]
    [InlineData("999999999")]
    [InlineData("000000000")]
    [InlineData("12345678")]
    [InlineData("1234567820")]
    [InlineData("12345678a")]
    [InlineData(" 11122233")]
    [InlineData("1112.22.333")]
    [InlineData("１１１２２２３３３")]
    [InlineData("")]
    [InlineData(null)]
    public void Rejects_anything_else(string? bsn) => Assert.False(Bsn.IsValid(bsn));
}
