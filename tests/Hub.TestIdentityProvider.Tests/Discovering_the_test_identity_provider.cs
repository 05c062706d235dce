using System.Text.Json;

namespace Hub.TestIdentityProvider.Tests;

public sealed class Discovering_the_test_identity_provider(RunningIdentityProvider running) : IClassFixture<RunningIdentityProvider>
{
    [Fact]
    public void Lives_at_a_localhost_address_on_a_port_of_its_own()
    {
        Assert.Equal("http", running.Provider.Authority.Scheme);
        Assert.Equal("localhost", running.Provider.Authority.Host);
        Assert.NotEqual(0, running.Provider.Authority.Port);
        Assert.Equal("/", running.Provider.Authority.AbsolutePath);
    }

    [Fact]
    public async Task Publishes_its_address_as_issuer_and_the_endpoints_of_the_code_flow()
    {
        var authority = running.Provider.Authority;
        using var http = new HttpClient();

        var discovery = JsonDocument.Parse(await http.GetStringAsync(new Uri(authority, ".well-known/openid-configuration"))).RootElement;

        Assert.Equal(authority.AbsoluteUri, discovery.GetProperty("issuer").GetString());
        Assert.Equal(new Uri(authority, "connect/authorize").AbsoluteUri, discovery.GetProperty("authorization_endpoint").GetString());
        Assert.Equal(new Uri(authority, "connect/token").AbsoluteUri, discovery.GetProperty("token_endpoint").GetString());
        Assert.Equal(new Uri(authority, "connect/logout").AbsoluteUri, discovery.GetProperty("end_session_endpoint").GetString());
        Assert.Equal(new Uri(authority, "connect/userinfo").AbsoluteUri, discovery.GetProperty("userinfo_endpoint").GetString());
        Assert.Contains("S256", Strings(discovery, "code_challenge_methods_supported"));
        Assert.Superset(new HashSet<string> { "openid", "profile", "roles", "hub_areas" }, Strings(discovery, "scopes_supported"));

        var keys = JsonDocument.Parse(await http.GetStringAsync(discovery.GetProperty("jwks_uri").GetString())).RootElement;
        Assert.NotEmpty(keys.GetProperty("keys").EnumerateArray());
    }

    private static HashSet<string> Strings(JsonElement document, string property) =>
        [.. document.GetProperty(property).EnumerateArray().Select(item => item.GetString()!)];
}
