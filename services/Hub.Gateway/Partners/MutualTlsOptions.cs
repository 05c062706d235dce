namespace Hub.Gateway.Partners;

/// <summary>Client certificates as a way in besides API keys (the way Dutch government links work). Off by default.</summary>
public sealed class MutualTlsOptions
{
    public const string Section = "Hub:Gateway:MutualTls";

    /// <summary>Kestrel asks HTTPS clients for a certificate, and a known one authenticates its partner.</summary>
    public bool Enabled { get; set; }
    /// <summary>
    /// Header in which a TLS-terminating proxy forwards the client certificate (base64 DER, or URL-escaped PEM
    /// as nginx's <c>$ssl_client_escaped_cert</c>). Empty: only certificates of the gateway's own TLS connections count.
    /// Set it only when nothing but the proxy can reach the gateway, since the header is trusted as is.
    /// </summary>
    public string ForwardedCertificateHeader { get; set; } = "";
}
