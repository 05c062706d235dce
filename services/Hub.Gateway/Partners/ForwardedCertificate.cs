using System.Security.Cryptography.X509Certificates;

namespace Hub.Gateway.Partners;

/// <summary>Reads the client certificate a TLS-terminating proxy put in a header: base64 DER or URL-escaped PEM.</summary>
public static class ForwardedCertificate
{
    public static X509Certificate2 Parse(string headerValue)
    {
        var value = Uri.UnescapeDataString(headerValue.Trim());
        return value.StartsWith("-----BEGIN", StringComparison.Ordinal)
            ? X509Certificate2.CreateFromPem(value)
            : X509CertificateLoader.LoadCertificate(Convert.FromBase64String(value));
    }
}
