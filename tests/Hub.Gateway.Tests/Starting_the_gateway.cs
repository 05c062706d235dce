using Microsoft.AspNetCore.Hosting;

namespace Hub.Gateway.Tests;

public sealed class Starting_the_gateway
{
    [Theory]
    [InlineData("")]
    [InlineData("bm90LWJhc2U2NA==!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==")] // 31 bytes
    public void Fails_without_a_valid_pseudonymisation_key(string key)
    {
        using var gateway = new GatewayApplication();
        using var app = gateway.WithWebHostBuilder(web => web.UseSetting("Hub:Pseudonymisation:Key", key));

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Hub:Pseudonymisation:Key must be a base64 key of at least 32 bytes", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Starts_with_a_32_byte_key()
    {
        using var gateway = new GatewayApplication();
        using var app = gateway.WithWebHostBuilder(web => web.UseSetting("Hub:Pseudonymisation:Key", Convert.ToBase64String(new byte[32])));

        using var client = app.CreateClient();
    }

    [Fact]
    public void On_rabbitmq_outside_development_fails_without_its_own_broker_credentials()
    {
        using var gateway = new GatewayApplication();
        using var app = gateway.WithWebHostBuilder(web => web
            .UseEnvironment("Production")
            .UseSetting("Hub:Messaging:Transport", "RabbitMq"));

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Username", failure.ToString(), StringComparison.Ordinal);
        Assert.Contains("Password", failure.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Hub:ApiKeys:HashKey is required")]
    [InlineData("too-short-a-secret", "Hub:ApiKeys:HashKey must be at least 32 characters")]
    public void Fails_without_an_api_key_hash_key(string hashKey, string message)
    {
        using var gateway = new GatewayApplication();
        using var app = gateway.WithWebHostBuilder(web => web.UseSetting("Hub:ApiKeys:HashKey", hashKey));

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(message, failure.ToString(), StringComparison.Ordinal);
    }
}
