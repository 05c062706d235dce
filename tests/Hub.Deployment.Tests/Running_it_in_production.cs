using System.Text.Json;
using System.Text.RegularExpressions;
using Hub.Messaging.Outbox;
using Hub.PartnerIntegration.Delivery;

namespace Hub.Deployment.Tests;

/// <summary>
/// docker-compose.yml as a municipality runs it: only the edge published and over TLS, every long-running container
/// restarted and health-checked, no secret, certificate or configuration file with a default, TLS to the broker and the
/// database, the municipality's own policy and areas, and alert rules and a dashboard that read metrics that exist.
/// </summary>
public sealed partial class Running_it_in_production : IDisposable
{
    /// <summary>The edge: the partner API, the partner portal and the operators' console, each HTTPS on the container's port 8443.</summary>
    private static readonly Dictionary<string, string> Edge = new() { ["gateway"] = "443", ["portal"] = "8443", ["operations"] = "9443" };

    private readonly SentinelEnvFile _sentinels = new();
    private readonly JsonElement _services;

    public Running_it_in_production() => _services = DockerCompose.ResolvedConfig(_sentinels.Path).GetProperty("services");

    public void Dispose() => _sentinels.Dispose();

    [Fact]
    public void Only_the_edge_is_published_and_it_speaks_https()
    {
        var published = _services.EnumerateObject()
            .Where(s => s.Value.TryGetProperty("ports", out var ports) && ports.GetArrayLength() > 0)
            .ToDictionary(s => s.Name, s => s.Value.GetProperty("ports").EnumerateArray().Select(PortOf).ToList());

        Assert.Equal(Edge.Keys.Order(), published.Keys.Order());
        foreach (var (name, hostPort) in Edge)
        {
            Assert.Equal([(hostPort, "8443")], published[name]);
            var environment = _services.GetProperty(name).GetProperty("environment");
            Assert.Equal("8443", environment.GetProperty("ASPNETCORE_HTTPS_PORTS").GetString());
            Assert.Equal("/certs/edge.crt", environment.GetProperty("Kestrel__Certificates__Default__Path").GetString());
            Assert.Equal("/certs/edge.key", environment.GetProperty("Kestrel__Certificates__Default__KeyPath").GetString());
            // The plain port answers health only (Hub:Edge:ProbePort) and is not published.
            Assert.Equal(environment.GetProperty("ASPNETCORE_HTTP_PORTS").GetString(), environment.GetProperty("Hub__Edge__ProbePort").GetString());
        }
    }

    [Fact]
    public void Every_long_running_service_restarts_and_has_a_health_check()
    {
        var jobs = OneShotJobs();
        var problems = new List<string>();

        foreach (var service in _services.EnumerateObject().Where(s => !jobs.Contains(s.Name)))
        {
            var restart = service.Value.TryGetProperty("restart", out var r) ? r.GetString() : null;
            if (restart is not ("unless-stopped" or "always" or "on-failure"))
            {
                problems.Add($"{service.Name}: restart is {restart ?? "not set"}");
            }
            if (!service.Value.TryGetProperty("healthcheck", out var health) || !health.TryGetProperty("test", out _)
                || health.TryGetProperty("disable", out var disabled) && disabled.GetBoolean())
            {
                problems.Add($"{service.Name}: no health check");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.Equal(["rabbitmq-definitions"], jobs);
    }

    [Fact]
    public void No_secret_certificate_or_configuration_file_has_a_default()
    {
        var problems = VariableUse().Matches(Repository.Read(DockerCompose.ComposeFile))
            .Where(m => MustBeGiven().IsMatch(m.Groups["name"].Value) && m.Groups["operator"].Value != ":?")
            .Select(m => $"{m.Value}: a secret, certificate or configuration file must be given (${{NAME:?...}}), never defaulted")
            .Distinct()
            .ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void The_services_reach_the_broker_and_the_database_over_tls_checked_against_the_deployment_ca()
    {
        var config = JsonDocument.Parse($"{{\"services\":{_services.GetRawText()}}}").RootElement;
        foreach (var (_, service) in DockerCompose.BusServices(config))
        {
            var environment = service.GetProperty("environment");
            Assert.Equal("true", environment.GetProperty("RabbitMq__UseTls").GetString());
            Assert.Equal("5671", environment.GetProperty("RabbitMq__Port").GetString());
            Assert.Equal("/certs/ca.crt", environment.GetProperty("RabbitMq__CaCertificateFile").GetString());
        }
        foreach (var (_, service) in DockerCompose.HubServices(config))
        {
            var environment = service.GetProperty("environment");
            var connection = environment.EnumerateObject().Single(e => e.Name.StartsWith("ConnectionStrings__", StringComparison.Ordinal)).Value.GetString()!;
            Assert.Contains("SSL Mode=VerifyFull", connection);
            Assert.Contains("Root Certificate=/certs/ca.crt", connection);
            Assert.Contains(service.GetProperty("volumes").EnumerateArray(), v => SentinelEnvFile.VolumeTarget(v) == "/certs/ca.crt");
        }

        var broker = Repository.Read("infra/rabbitmq/tls.conf");
        Assert.Contains("listeners.tcp = none", broker);
        Assert.Contains("listeners.ssl.default = 5671", broker);
        Assert.Contains(_services.GetProperty("rabbitmq").GetProperty("volumes").EnumerateArray(), v => SentinelEnvFile.VolumeTarget(v) == "/etc/rabbitmq/conf.d/20-hub-tls.conf");
        Assert.StartsWith("https://", _services.GetProperty("operations").GetProperty("environment").GetProperty("Hub__Operations__Broker__ManagementUrl").GetString());
        Assert.Contains("ssl=on", _services.GetProperty("postgres").GetProperty("command").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public void The_municipalitys_own_policy_and_areas_are_mounted()
    {
        AssertMounted("signals", "Hub__Signals__PoliciesFile", "SIGNAL_POLICY_FILE");
        AssertMounted("job-matching", "Hub__Matching__AreasFile", "AREAS_FILE");
    }

    [Fact]
    public void The_alert_rules_and_the_dashboard_read_metrics_the_hub_and_rabbitmq_export()
    {
        var alerts = Repository.YamlToJson(Repository.Read("infra/prometheus/alerts.yml"));
        var expressions = alerts.GetProperty("groups").EnumerateArray()
            .SelectMany(g => g.GetProperty("rules").EnumerateArray())
            .Select(r => r.GetProperty("expr").GetString()!)
            .Concat(JsonDocument.Parse(Repository.Read("infra/grafana/dashboards/hub.json")).RootElement.GetProperty("panels").EnumerateArray()
                .SelectMany(p => p.GetProperty("targets").EnumerateArray()).Select(t => t.GetProperty("expr").GetString()!))
            .ToList();
        // The OTLP names as Prometheus writes them: dots become underscores, a unit of seconds adds _seconds.
        string[] exported =
        [
            .. new[] { OutboxMetrics.Pending, WebhookMetrics.Pending, WebhookMetrics.Failed }.Select(PrometheusName),
            PrometheusName(OutboxMetrics.OldestPendingAge) + "_seconds",
            "http_server_request_duration_seconds_count", "http_server_request_duration_seconds_bucket", "target_info",
            "rabbitmq_queue_messages_ready", "rabbitmq_queue_messages_unacked", "rabbitmq_queue_consumers",
        ];

        // Grouping labels and label matchers left out, what remains of ours are metric names.
        var used = expressions.Select(e => Matchers().Replace(Grouping().Replace(e, ""), ""))
            .SelectMany(e => MetricName().Matches(e).Select(m => m.Value)).ToHashSet();

        Assert.Empty(used.Except(exported));
        Assert.Empty(exported.Except(used));
        Assert.Contains(PrometheusName(OutboxMetrics.OutboxTag), string.Join('\n', expressions));
        Assert.Contains(PrometheusName(WebhookMetrics.PartnerTag), string.Join('\n', expressions));
        Assert.Contains("/etc/prometheus/alerts.yml", Repository.Read("infra/prometheus/prometheus.yml"));
    }

    private void AssertMounted(string service, string setting, string variable)
    {
        var container = _services.GetProperty(service);
        var path = container.GetProperty("environment").GetProperty(setting).GetString();
        var volume = container.GetProperty("volumes").EnumerateArray().Single(v => SentinelEnvFile.VolumeTarget(v) == path);
        Assert.EndsWith(SentinelEnvFile.Sentinel(variable)[1..], SentinelEnvFile.VolumeSource(volume));
    }

    /// <summary>Jobs run once per `up`: `restart: "no"` and another service waits for their successful end.</summary>
    private List<string> OneShotJobs() =>
    [
        .. _services.EnumerateObject()
            .Where(s => s.Value.TryGetProperty("restart", out var r) && r.GetString() == "no")
            .Where(s => _services.EnumerateObject().Any(other => other.Value.TryGetProperty("depends_on", out var d) && d.ValueKind == JsonValueKind.Object
                && d.TryGetProperty(s.Name, out var c) && c.GetProperty("condition").GetString() == "service_completed_successfully"))
            .Select(s => s.Name),
    ];

    private static (string Host, string Container) PortOf(JsonElement port) =>
        port.ValueKind == JsonValueKind.Object
            ? (port.GetProperty("published").ToString(), port.GetProperty("target").ToString())
            : (port.GetString()!.Split(':')[^2], port.GetString()!.Split(':')[^1]);

    private static string PrometheusName(string otelName) => otelName.Replace('.', '_');

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?<operator>:?[-?])?")]
    private static partial Regex VariableUse();

    [GeneratedRegex("(?i)(password|secret|cookie|key$|_file$|certificate)")]
    private static partial Regex MustBeGiven();

    [GeneratedRegex(@"\b(by|without|on|ignoring)\s*\([^)]*\)")]
    private static partial Regex Grouping();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Matchers();

    [GeneratedRegex(@"\b(hub_\w+|http_server_\w+|rabbitmq_\w+|target_info)\b")]
    private static partial Regex MetricName();
}
