using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using Hub.ServiceDefaults;
using Hub.ServiceDefaults.Hosting;
using Hub.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Hub.Gateway.Tests;

/// <summary>
/// How every service faces its network in the deployment: its endpoints over TLS with HSTS, a plain probe port that
/// answers health only, and trust for the broker's certificate only through the deployment's own CA.
/// </summary>
public sealed class Facing_the_network
{
    [Fact]
    public async Task The_probe_port_answers_health_only_and_answers_over_tls_tell_browsers_to_keep_to_https()
    {
        using var authority = TestCertificateAuthority.Create("Hub test deployment CA");
        using var certificate = authority.IssueServer("hub.example");
        var (probePort, tlsPort) = (FreePort(), FreePort());
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration[$"{EdgeOptions.Section}:{nameof(EdgeOptions.ProbePort)}"] = $"{probePort}";
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, probePort);
            kestrel.Listen(IPAddress.Loopback, tlsPort, listen => listen.UseHttps(certificate));
        });
        builder.AddServiceDefaults();
        await using var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapGet("/api/v1/ping", () => "pong");
        await app.StartAsync();
        using var http = new HttpClient(new SocketsHttpHandler
        {
            SslOptions = { RemoteCertificateValidationCallback = PrivateCertificateAuthority.Validator(PemFile(authority.Certificate)), TargetHost = "hub.example" },
        });

        var health = await http.GetAsync($"http://127.0.0.1:{probePort}/health/live");
        var apiOnProbePort = await http.GetAsync($"http://127.0.0.1:{probePort}/api/v1/ping");
        using var overTls = new HttpRequestMessage(HttpMethod.Get, $"https://127.0.0.1:{tlsPort}/api/v1/ping") { Headers = { Host = "hub.example" } };
        var api = await http.SendAsync(overTls);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.False(health.Headers.Contains("Strict-Transport-Security"), "HSTS only over TLS");
        Assert.Equal(HttpStatusCode.NotFound, apiOnProbePort.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal("max-age=31536000", Assert.Single(api.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public void The_broker_is_trusted_only_with_a_certificate_of_the_deployment_ca_for_its_own_name()
    {
        using var authority = TestCertificateAuthority.Create("Hub test deployment CA");
        using var stranger = TestCertificateAuthority.Create("Some other CA");
        using var broker = authority.IssueServer("rabbitmq");
        using var impostor = stranger.IssueServer("rabbitmq");
        var validate = PrivateCertificateAuthority.Validator(PemFile(authority.Certificate));

        // The machine does not know the deployment CA, so the platform reports a chain error for both.
        Assert.True(validate(this, broker, null, SslPolicyErrors.RemoteCertificateChainErrors));
        Assert.False(validate(this, impostor, null, SslPolicyErrors.RemoteCertificateChainErrors));
        Assert.False(validate(this, broker, null, SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateChainErrors));
        Assert.False(validate(this, null, null, SslPolicyErrors.RemoteCertificateNotAvailable));
    }

    private static string PemFile(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("hub-ca-").FullName, "ca.crt");
        TestCertificateAuthority.WritePem(certificate, path);
        return path;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
