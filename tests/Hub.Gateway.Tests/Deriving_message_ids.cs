using Hub.Gateway.Publishing;

namespace Hub.Gateway.Tests;

/// <summary>The ids derived from partner and Idempotency-Key protect downstream inboxes even if the gateway's store is lost.</summary>
public sealed class Deriving_message_ids
{
    [Fact]
    public void Gives_a_retry_the_same_id()
    {
        Assert.Equal(IdempotentIds.For("p1", "key-1", "proposal-answer:a"), IdempotentIds.For("p1", "key-1", "proposal-answer:a"));
    }

    [Theory]
    [InlineData("p2", "key-1", "proposal-answer:a")]
    [InlineData("p1", "key-2", "proposal-answer:a")]
    [InlineData("p1", "key-1", "proposal-answer:b")]
    public void Gives_another_partner_key_or_target_another_id(string partnerId, string key, string purpose)
    {
        Assert.NotEqual(IdempotentIds.For("p1", "key-1", "proposal-answer:a"), IdempotentIds.For(partnerId, key, purpose));
    }

    [Fact]
    public void Gives_each_request_without_a_key_a_new_id()
    {
        Assert.NotEqual(IdempotentIds.For("p1", null, "vacancy"), IdempotentIds.For("p1", null, "vacancy"));
    }
}
