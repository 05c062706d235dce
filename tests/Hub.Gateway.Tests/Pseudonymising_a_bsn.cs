using Hub.Pseudonymisation;

namespace Hub.Gateway.Tests;

public sealed class Pseudonymising_a_bsn
{
    private static readonly byte[] Key = Convert.FromBase64String(GatewayApplication.PseudonymKey);
    private static readonly byte[] OtherKey = Convert.FromBase64String("YW5vdGhlci10ZXN0cy1vbmx5LXBzZXVkb255bS1rZXkh");

    [Fact]
    public void Gives_the_same_bsn_the_same_pseudonym() =>
        Assert.Equal(new Pseudonymiser(Key).SubjectOf("111222333"), new Pseudonymiser(Key).SubjectOf("111222333"));

    [Fact]
    public void Gives_different_bsns_different_pseudonyms() =>
        Assert.NotEqual(new Pseudonymiser(Key).SubjectOf("111222333"), new Pseudonymiser(Key).SubjectOf("123456782"));

    [Fact]
    public void Gives_another_pseudonym_under_another_key() =>
        Assert.NotEqual(new Pseudonymiser(Key).SubjectOf("111222333"), new Pseudonymiser(OtherKey).SubjectOf("111222333"));

    [Fact]
    public void Is_ps_and_the_first_16_bytes_of_the_hmac_sha256_in_hex()
    {
        // Computed independently: python3 hmac.new(key, b"111222333", sha256).digest()[:16].hex()
        var pseudonym = new Pseudonymiser(Key).SubjectOf("111222333");

        Assert.Equal("ps-66305cd747be6c600b826e882dcddf99", pseudonym);
        Assert.True(Pseudonymiser.IsPseudonym(pseudonym));
    }

    [Fact]
    public void Refuses_an_invalid_bsn_without_repeating_it()
    {
        var refused = Assert.Throws<ArgumentException>(() => new Pseudonymiser(Key).SubjectOf("123456789"));

        Assert.DoesNotContain("123456789", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_key_shorter_than_32_bytes() =>
        Assert.Throws<ArgumentException>(() => new Pseudonymiser(new byte[31]));

    [Theory]
    [InlineData("111222333")]
    [InlineData("ps-66305CD747BE6C600B826E882DCDDF99")]
    [InlineData("ps-66305cd747be6c600b826e882dcddf99\n")]
    [InlineData("ps-66305cd747")]
    public void Recognises_only_the_pseudonym_shape(string value) => Assert.False(Pseudonymiser.IsPseudonym(value));

    [Fact]
    public void Gives_each_partner_its_own_pseudonym_that_the_hub_turns_back()
    {
        var pseudonyms = new Pseudonymiser(Key);
        var subject = pseudonyms.SubjectOf("111222333");

        var agencys = pseudonyms.ForRecipient(GatewayApplication.JobAgencyId, subject);
        var schools = pseudonyms.ForRecipient(GatewayApplication.SchoolId, subject);

        Assert.Matches("^pr-[0-9a-f]{32}$", agencys);
        Assert.NotEqual(agencys, schools);
        Assert.Equal(agencys, pseudonyms.ForRecipient(GatewayApplication.JobAgencyId, subject));
        Assert.Equal(subject, pseudonyms.SubjectFor(GatewayApplication.JobAgencyId, agencys));
        Assert.NotEqual(subject, pseudonyms.SubjectFor(GatewayApplication.JobAgencyId, schools));
        Assert.NotEqual(agencys, new Pseudonymiser(OtherKey).ForRecipient(GatewayApplication.JobAgencyId, subject));
    }

    [Theory]
    [InlineData("ps-66305cd747be6c600b826e882dcddf99")]
    [InlineData("pr-66305CD747BE6C600B826E882DCDDF99")]
    [InlineData("pr-66305cd747")]
    [InlineData("111222333")]
    public void Turns_back_only_a_partner_pseudonym(string value) =>
        Assert.Null(new Pseudonymiser(Key).SubjectFor(GatewayApplication.JobAgencyId, value));
}
