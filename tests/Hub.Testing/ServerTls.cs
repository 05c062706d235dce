namespace Hub.Testing;

/// <summary>A test server's TLS: its certificate and key (PEM) and the CA that issued them, as a deployment mounts them.</summary>
public sealed record ServerTls(string CaFile, string CertificateFile, string KeyFile)
{
    /// <summary>Issues a certificate for localhost and 127.0.0.1 from <paramref name="authority"/> and writes the three files into <paramref name="directory"/>.</summary>
    public static ServerTls Issue(TestCertificateAuthority authority, string directory, string name)
    {
        using var certificate = authority.IssueServer("localhost");
        var tls = new ServerTls(Path.Combine(directory, "ca.crt"), Path.Combine(directory, $"{name}.crt"), Path.Combine(directory, $"{name}.key"));
        TestCertificateAuthority.WritePem(authority.Certificate, tls.CaFile);
        TestCertificateAuthority.WritePem(certificate, tls.CertificateFile, tls.KeyFile);
        return tls;
    }
}
