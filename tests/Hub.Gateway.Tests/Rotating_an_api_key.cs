using Hub.Gateway.Partners;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Tests;

/// <summary>A partner rotates its key: during the rotation both keys work, afterwards only the new one.</summary>
public sealed class Rotating_an_api_key
{
    private const string OldKey = "old-key-5b0c1e9f";
    private const string NewKey = "new-key-a71d33c2";

    private static PartnerRegistry RegistryWith(params string[] keys) => new(Options.Create(new PartnerRegistryOptions
    {
        Partners =
        [
            new Partner { Id = "00000001820029336000", Name = "Example employer", Role = PartnerRole.Employer, ApiKeyHashes = [.. keys.Select(PartnerRegistry.HashOf)] },
        ],
    }));

    [Fact]
    public void Accepts_both_keys_while_both_hashes_are_configured()
    {
        var registry = RegistryWith(OldKey, NewKey);

        Assert.Equal("00000001820029336000", registry.FindByApiKey(OldKey)?.Id);
        Assert.Equal("00000001820029336000", registry.FindByApiKey(NewKey)?.Id);
    }

    [Fact]
    public void Refuses_the_old_key_once_its_hash_is_removed()
    {
        var registry = RegistryWith(NewKey);

        Assert.Null(registry.FindByApiKey(OldKey));
        Assert.NotNull(registry.FindByApiKey(NewKey));
    }

    [Fact]
    public void Keeps_only_hashes_never_the_key()
    {
        var hash = PartnerRegistry.HashOf(NewKey);

        Assert.Equal(64, hash.Length);
        Assert.DoesNotContain(NewKey, hash, StringComparison.Ordinal);
    }
}
