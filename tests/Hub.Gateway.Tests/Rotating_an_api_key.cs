using Hub.Gateway.Partners;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Tests;

/// <summary>
/// A partner rotates its key without a restart: during the rotation both keys work, afterwards only the new one, and a
/// key with an expiry stops working the day after.
/// </summary>
public sealed class Rotating_an_api_key
{
    private const string OldKey = "old-key-5b0c1e9f";
    private const string NewKey = "new-key-a71d33c2";
    private const string PartnerId = "00000001820029336000";
    private const string HashKey = "tests-only-api-key-hash-key-0123456789";
    private static readonly IOptions<ApiKeyHashOptions> Keys = Options.Create(new ApiKeyHashOptions { HashKey = HashKey });
    private readonly ManualClock _clock = new() { Now = new DateTimeOffset(2027, 3, 1, 12, 0, 0, TimeSpan.Zero) };
    private readonly ChangingOptions _options = new(Registry(OldKey, NewKey));

    private static PartnerRegistryOptions Registry(params string[] keys) => new()
    {
        Partners = [new Partner { Id = PartnerId, Name = "Example employer", Role = PartnerRole.Employer, ApiKeyHashes = [.. keys.Select(key => PartnerRegistry.HashOf(key, HashKey))] }],
    };

    [Fact]
    public void Accepts_both_keys_while_both_hashes_are_configured()
    {
        using var registry = new PartnerRegistry(_options, Keys, _clock, NullLogger<PartnerRegistry>.Instance);

        Assert.Equal(PartnerId, registry.FindByApiKey(OldKey)?.Id);
        Assert.Equal(PartnerId, registry.FindByApiKey(NewKey)?.Id);
    }

    [Fact]
    public void Refuses_the_old_key_once_its_hash_is_removed_without_a_restart()
    {
        using var registry = new PartnerRegistry(_options, Keys, _clock, NullLogger<PartnerRegistry>.Instance);

        _options.Change(Registry(NewKey));

        Assert.Null(registry.FindByApiKey(OldKey));
        Assert.NotNull(registry.FindByApiKey(NewKey));
    }

    [Fact]
    public void Keeps_the_last_valid_registry_when_a_change_is_invalid()
    {
        using var registry = new PartnerRegistry(_options, Keys, _clock, NullLogger<PartnerRegistry>.Instance);

        _options.Change(new PartnerRegistryOptions { Partners = [new Partner { Id = PartnerId, Name = "Example", Role = "unknown-role" }] });

        Assert.Equal(PartnerId, registry.FindByApiKey(OldKey)?.Id);
    }

    [Fact]
    public void Refuses_a_key_the_day_after_it_expires()
    {
        _options.Change(new PartnerRegistryOptions
        {
            Partners = [new Partner
            {
                Id = PartnerId, Name = "Example employer", Role = PartnerRole.Employer,
                ApiKeys = [new PartnerApiKey { Hash = PartnerRegistry.HashOf(OldKey, HashKey), ExpiresOn = new DateOnly(2027, 3, 1) }],
            }],
        });
        using var registry = new PartnerRegistry(_options, Keys, _clock, NullLogger<PartnerRegistry>.Instance);

        Assert.NotNull(registry.FindByApiKey(OldKey));
        _clock.Now += TimeSpan.FromHours(12);
        Assert.Null(registry.FindByApiKey(OldKey));
    }

    [Fact]
    public void Stores_a_keyed_hash_that_a_leaked_registry_cannot_be_tried_against_without_the_hash_key()
    {
        // Computed independently: printf %s new-key-a71d33c2 | openssl dgst -sha256 -hmac tests-only-api-key-hash-key-0123456789
        Assert.Equal("0c2163dc94fcddd9c59b691e2300e493e77978a28a8a5b7592cd38e1e97a3c02", PartnerRegistry.HashOf(NewKey, HashKey));

        // The same registry under another hash key (what an attacker without it computes) accepts no key.
        using var registry = new PartnerRegistry(_options, Options.Create(new ApiKeyHashOptions { HashKey = "another-hash-key-of-at-least-32-characters" }), _clock,
            NullLogger<PartnerRegistry>.Instance);
        Assert.Null(registry.FindByApiKey(NewKey));
        Assert.Null(registry.FindByApiKey(OldKey));
    }

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>The registry as a watched partners file delivers it: a current value and change notifications.</summary>
    private sealed class ChangingOptions(PartnerRegistryOptions initial) : IOptionsMonitor<PartnerRegistryOptions>
    {
        private readonly List<Action<PartnerRegistryOptions, string?>> _listeners = [];

        public PartnerRegistryOptions CurrentValue { get; private set; } = initial;

        public PartnerRegistryOptions Get(string? name) => CurrentValue;

        public IDisposable OnChange(Action<PartnerRegistryOptions, string?> listener)
        {
            _listeners.Add(listener);
            return new Unsubscribe(() => _listeners.Remove(listener));
        }

        public void Change(PartnerRegistryOptions options)
        {
            CurrentValue = options;
            _listeners.ForEach(listener => listener(options, Options.DefaultName));
        }

        private sealed class Unsubscribe(Action dispose) : IDisposable
        {
            public void Dispose() => dispose();
        }
    }
}
