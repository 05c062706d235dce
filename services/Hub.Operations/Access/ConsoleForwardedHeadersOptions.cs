using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Hub.Operations.Access;

/// <summary>
/// The TLS-terminating proxies in front of the console. Their X-Forwarded-For and X-Forwarded-Proto are believed (the
/// client's address for the operator log and the sign-in throttle; https makes the cookie Secure); anyone else's are not.
/// </summary>
public sealed class ConsoleForwardedHeadersOptions
{
    public const string Section = "Hub:Operations:ForwardedHeaders";

    /// <summary>Proxy addresses; loopback is always trusted (a sidecar proxy on the same machine).</summary>
    public List<string> KnownProxies { get; set; } = [];
    /// <summary>Proxy networks in CIDR notation, e.g. 10.0.0.0/8.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public ForwardedHeadersOptions ToForwardedHeadersOptions()
    {
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        foreach (var proxy in KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }
        foreach (var network in KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
        return options;
    }
}
