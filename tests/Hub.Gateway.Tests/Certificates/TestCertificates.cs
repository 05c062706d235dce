using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Hub.Gateway.Tests.Certificates;

/// <summary>Self-signed client certificates made on the spot, as a partner would bring its own.</summary>
internal static class TestCertificates
{
    private static readonly Oid ClientAuthentication = new("1.3.6.1.5.5.7.3.2");

    public static X509Certificate2 Create(string organisation, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={organisation}, O={organisation}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([ClientAuthentication], critical: false));
        return request.CreateSelfSigned(notBefore, notAfter);
    }

    public static string Sha256Thumbprint(this X509Certificate2 certificate) =>
        certificate.GetCertHashString(HashAlgorithmName.SHA256);

    public static string Base64Der(this X509Certificate2 certificate) =>
        Convert.ToBase64String(certificate.RawData);
}
