using System.ComponentModel.DataAnnotations;

namespace Hub.ServiceDefaults.Hosting;

/// <summary>How a service faces its network in a deployment (docker-compose.yml, docs/operations.md).</summary>
public sealed class EdgeOptions
{
    public const string Section = "Hub:Edge";

    /// <summary>
    /// A plain-HTTP port that answers only /health/live and /health/ready (the container health check and the
    /// console's service probes), while the service's own endpoints are served over TLS on another port. Anything
    /// else asked on this port is a 404. Unset: no port is set apart.
    /// </summary>
    [Range(1, 65535)]
    public int? ProbePort { get; set; }

    /// <summary>How long browsers keep to HTTPS after a response over TLS (Strict-Transport-Security); not in Development.</summary>
    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);
}
