using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Gateway.Tests.Certificates;

/// <summary>
/// The gateway with mutual TLS on (and a proxy header configured), and once more with it off, where
/// the employer of the seeds has registered <see cref="Registered"/> and <see cref="Expired"/>.
/// </summary>
public sealed class CertificateGateway : IDisposable
{
    public const string ForwardedHeader = "X-Client-Certificate";
    private readonly GatewayApplication _gateway = new();
    private readonly Lazy<WebApplicationFactory<GatewayOptions>> _mutualTls;
    private readonly Lazy<WebApplicationFactory<GatewayOptions>> _apiKeysOnly;

    public CertificateGateway()
    {
        _mutualTls = new(() => Configure(mutualTls: true));
        _apiKeysOnly = new(() => Configure(mutualTls: false));
    }

    public X509Certificate2 Registered { get; } = TestCertificates.Create("Installatiebedrijf Oost", DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
    public X509Certificate2 Expired { get; } = TestCertificates.Create("Installatiebedrijf Oost", DateTimeOffset.UtcNow.AddDays(-60), DateTimeOffset.UtcNow.AddDays(-1));
    public X509Certificate2 Unknown { get; } = TestCertificates.Create("Somebody else", DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));

    public WebApplicationFactory<GatewayOptions> MutualTls => _mutualTls.Value;
    public WebApplicationFactory<GatewayOptions> ApiKeysOnly => _apiKeysOnly.Value;

    public void Dispose()
    {
        if (_mutualTls.IsValueCreated) _mutualTls.Value.Dispose();
        if (_apiKeysOnly.IsValueCreated) _apiKeysOnly.Value.Dispose();
        _gateway.Dispose();
        Registered.Dispose();
        Expired.Dispose();
        Unknown.Dispose();
    }

    private WebApplicationFactory<GatewayOptions> Configure(bool mutualTls) => _gateway.WithWebHostBuilder(web => web
        .UseSetting("Hub:Gateway:MutualTls:Enabled", mutualTls ? "true" : "false")
        .UseSetting("Hub:Gateway:MutualTls:ForwardedCertificateHeader", ForwardedHeader)
        // Partners[0] in seeds/partners.json is the employer; one thumbprint as hex, one in the colon-separated spelling.
        .UseSetting("Partners:0:ClientCertificateThumbprints:0", Registered.Sha256Thumbprint())
        .UseSetting("Partners:0:ClientCertificateThumbprints:1", string.Join(':', Expired.Sha256Thumbprint().Chunk(2).Select(pair => new string(pair))).ToLowerInvariant())
        .ConfigureTestServices(services => services.AddTransient<IStartupFilter, AttachClientCertificate>()));
}
