using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Hub.Gateway.Tests.Certificates;

/// <summary>
/// Stands in for the TLS handshake that TestServer does not have: the certificate a test sends in a
/// test-only header is put on the connection, where Kestrel would put a client certificate.
/// </summary>
internal sealed class AttachClientCertificate : IStartupFilter
{
    public const string Header = "X-Test-Client-Certificate";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.Remove(Header, out var certificate))
            {
                context.Connection.ClientCertificate = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(certificate.ToString()));
            }
            return nextMiddleware(context);
        });
        next(app);
    };
}
