using System.ComponentModel.DataAnnotations;

namespace Hub.ServiceDefaults.Messaging;

public sealed class RabbitMqOptions
{
    public const string Section = "RabbitMq";

    [Required]
    public string Host { get; set; } = "localhost";
    [Range(1, 65535)]
    public int Port { get; set; } = 5672;
    public string VirtualHost { get; set; } = "/";
    /// <summary>The service's own broker user (infra/rabbitmq/definitions.json); no default outside Development.</summary>
    [Required]
    public string Username { get; set; } = "";
    [Required]
    public string Password { get; set; } = "";
    public bool UseTls { get; set; }
    /// <summary>With <see cref="UseTls"/>: the deployment's CA certificate (PEM) the broker's certificate must chain to; unset, the machine's roots.</summary>
    public string? CaCertificateFile { get; set; }
    /// <summary>Cluster members ("host:port"); when set the client fails over between them.</summary>
    public string[] ClusterNodes { get; set; } = [];
    /// <summary>Messages a consumer endpoint takes at once.</summary>
    [Range(1, 10_000)]
    public int PrefetchCount { get; set; } = 32;
}
