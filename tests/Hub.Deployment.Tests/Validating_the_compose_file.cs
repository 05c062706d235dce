using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hub.Deployment.Tests;

public sealed partial class Validating_the_compose_file : IDisposable
{
    private static readonly string[] ExpectedHubServices = ["gateway", "job-matching", "signals", "housing", "schools", "police", "operations", "portal"];

    private readonly SentinelEnvFile _sentinels = new();

    public void Dispose() => _sentinels.Dispose();

    [Fact]
    public void Docker_compose_accepts_it_with_the_example_env_file()
    {
        var result = DockerCompose.Run(DockerCompose.ExampleEnvFile, "config", "-q");

        Assert.True(result.ExitCode == 0, $"docker-compose -f docker-compose.yml --env-file .env.example config -q:\n{result.Output}");
    }

    [Theory]
    [InlineData("RABBITMQ_PASSWORD_GATEWAY")]
    [InlineData("PARTNERS_FILE")]
    [InlineData("API_KEY_HASH_KEY")]
    [InlineData("CONSOLE_USERS_FILE")]
    [InlineData("TLS_CA_FILE")]
    [InlineData("EDGE_KEY_FILE")]
    [InlineData("RABBITMQ_KEY_FILE")]
    [InlineData("POSTGRES_CERTIFICATE_FILE")]
    [InlineData("SIGNAL_POLICY_FILE")]
    [InlineData("AREAS_FILE")]
    [InlineData("GRAFANA_ADMIN_PASSWORD")]
    [InlineData("PORTAL_TOKEN_KEY")]
    [InlineData("PORTAL_GATEWAY_ADDRESS")]
    public void A_missing_required_setting_stops_docker_compose_and_is_named(string variable)
    {
        var result = DockerCompose.Run(_sentinels.Without(variable), "config", "-q");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("set in .env", result.StandardError + result.StandardOutput);
        Assert.Contains(variable, result.StandardError + result.StandardOutput);
    }

    [Fact]
    public void Every_variable_it_reads_is_in_the_example_env_file()
    {
        var documented = SentinelEnvFile.ExampleVariables().ToHashSet();

        var undocumented = DockerCompose.Variables().Where(v => !documented.Contains(v)).Order().ToList();

        Assert.True(undocumented.Count == 0, $"docker-compose.yml reads variables that .env.example does not list: {string.Join(", ", undocumented)}");
    }

    [Fact]
    public void Every_hub_service_waits_for_healthy_dependencies_and_the_broker_definitions()
    {
        var config = DockerCompose.ResolvedConfig(_sentinels.Path);
        var services = config.GetProperty("services");
        var hubServices = DockerCompose.HubServices(config).ToList();

        Assert.Equal(ExpectedHubServices.Order(), hubServices.Select(s => s.Name).Order());
        foreach (var (name, service) in hubServices)
        {
            var hasHealthCheck = service.TryGetProperty("healthcheck", out _);
            var hasDependsOn = service.TryGetProperty("depends_on", out var dependsOn);
            Assert.True(hasHealthCheck || hasDependsOn, $"{name} has neither a health check nor depends_on conditions.");
            if (!hasDependsOn)
            {
                continue;
            }

            var conditions = dependsOn.ValueKind == JsonValueKind.Object
                ? dependsOn.EnumerateObject().ToDictionary(d => d.Name, d => d.Value.TryGetProperty("condition", out var c) ? c.GetString() : null)
                : dependsOn.EnumerateArray().ToDictionary(d => d.GetString()!, _ => (string?)null);
            foreach (var (dependency, condition) in conditions)
            {
                Assert.True(condition is not null, $"{name} depends on {dependency} without a condition (it would start before {dependency} is ready).");
                if (condition == "service_healthy")
                {
                    Assert.True(services.GetProperty(dependency).TryGetProperty("healthcheck", out _), $"{name} waits for {dependency} to be healthy, but {dependency} has no health check.");
                }
            }

            // The portal has no bus: it waits for its database and the gateway it calls.
            var required = DockerCompose.BusServices(config).Any(s => s.Name == name)
                ? new[] { ("rabbitmq", "service_healthy"), ("postgres", "service_healthy"), ("rabbitmq-definitions", "service_completed_successfully") }
                : [("postgres", "service_healthy"), ("gateway", "service_healthy")];
            foreach (var (dependency, condition) in required)
            {
                var actual = conditions.GetValueOrDefault(dependency);
                Assert.True(actual == condition, $"{name} must depend on {dependency} with condition {condition}, not {actual ?? "nothing"}.");
            }
        }
    }

    [Fact]
    public void The_broker_definitions_are_loaded_by_a_one_shot_service_after_the_broker_started()
    {
        var config = DockerCompose.ResolvedConfig(_sentinels.Path);
        var rabbitmq = config.GetProperty("services").GetProperty("rabbitmq");
        var loader = config.GetProperty("services").GetProperty("rabbitmq-definitions");

        Assert.Equal("rabbitmq", rabbitmq.GetProperty("hostname").GetString());
        Assert.Equal("service_healthy", loader.GetProperty("depends_on").GetProperty("rabbitmq").GetProperty("condition").GetString());
        var entrypoint = string.Join(' ', loader.GetProperty("entrypoint").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("/etc/hub-rabbitmq/load-definitions.sh", entrypoint);
        foreach (var service in new[] { rabbitmq, loader })
        {
            Assert.Contains(service.GetProperty("volumes").EnumerateArray(), v => SentinelEnvFile.VolumeTarget(v) == "/etc/hub-rabbitmq");
            Assert.Equal(SentinelEnvFile.Sentinel("RABBITMQ_ERLANG_COOKIE"), service.GetProperty("environment").GetProperty("RABBITMQ_ERLANG_COOKIE").GetString());
        }

        var environment = loader.GetProperty("environment");
        foreach (var variable in new[] { "GATEWAY", "JOB_MATCHING", "SIGNALS", "HOUSING", "SCHOOLS", "POLICE", "OPERATIONS" }.Select(v => $"RABBITMQ_PASSWORD_{v}"))
        {
            Assert.Equal(SentinelEnvFile.Sentinel(variable), environment.GetProperty(variable).GetString());
        }
    }

    [Fact]
    public void Each_hub_service_logs_in_to_vhost_hub_as_its_own_broker_user()
    {
        var config = DockerCompose.ResolvedConfig(_sentinels.Path);
        var expected = new Dictionary<string, (string User, string PasswordVariable)>
        {
            ["gateway"] = ("hub-gateway", "RABBITMQ_PASSWORD_GATEWAY"),
            ["job-matching"] = ("hub-job-matching", "RABBITMQ_PASSWORD_JOB_MATCHING"),
            ["signals"] = ("hub-signals", "RABBITMQ_PASSWORD_SIGNALS"),
            ["housing"] = ("hub-housing", "RABBITMQ_PASSWORD_HOUSING"),
            ["schools"] = ("hub-schools", "RABBITMQ_PASSWORD_SCHOOLS"),
            ["police"] = ("hub-police", "RABBITMQ_PASSWORD_POLICE"),
            ["operations"] = ("hub-operations", "RABBITMQ_PASSWORD_OPERATIONS"),
        };

        Assert.Equal(expected.Keys.Order(), DockerCompose.BusServices(config).Select(s => s.Name).Order());
        foreach (var (name, service) in DockerCompose.BusServices(config))
        {
            var environment = service.GetProperty("environment");
            Assert.Equal("hub", environment.GetProperty("RabbitMq__VirtualHost").GetString());
            Assert.Equal(expected[name].User, environment.GetProperty("RabbitMq__Username").GetString());
            Assert.Equal(SentinelEnvFile.Sentinel(expected[name].PasswordVariable), environment.GetProperty("RabbitMq__Password").GetString());
        }

        var definitions = JsonDocument.Parse(Repository.Read("infra/rabbitmq/definitions.json")).RootElement;
        var users = definitions.GetProperty("users").EnumerateArray().Select(u => u.GetProperty("name").GetString()).ToHashSet();
        Assert.All(expected.Values, e => Assert.Contains(e.User, users));
        Assert.Contains(definitions.GetProperty("vhosts").EnumerateArray(), v => v.GetProperty("name").GetString() == "hub");
    }

    [Fact]
    public void No_secret_is_written_literally_in_it()
    {
        // The file as written (anchors merged by PyYAML, nothing interpolated).
        var raw = Repository.YamlToJson(Repository.Read(DockerCompose.ComposeFile));
        var problems = new List<string>();

        foreach (var service in raw.GetProperty("services").EnumerateObject())
        {
            if (!service.Value.TryGetProperty("environment", out var environment))
            {
                continue;
            }

            var entries = environment.ValueKind == JsonValueKind.Object
                ? environment.EnumerateObject().Select(e => (e.Name, Value: e.Value.ToString()))
                : environment.EnumerateArray().Select(e => e.GetString()!.Split('=', 2)).Select(p => (Name: p[0], Value: p.Length > 1 ? p[1] : ""));
            foreach (var (name, value) in entries)
            {
                if (SecretName().IsMatch(name) && !WholeVariable().IsMatch(value))
                {
                    problems.Add($"{service.Name}: {name} is not taken from a ${{...}} variable");
                }

                foreach (Match password in PasswordInConnectionString().Matches(value))
                {
                    if (!password.Groups["value"].Value.StartsWith("${", StringComparison.Ordinal))
                    {
                        problems.Add($"{service.Name}: {name} has a literal password in its connection string");
                    }
                }
            }
        }

        var text = Repository.Read(DockerCompose.ComposeFile);
        foreach (var placeholder in SentinelEnvFile.ExampleValues().Where(v => v.Length >= 6).Distinct())
        {
            if (text.Contains(placeholder, StringComparison.Ordinal))
            {
                problems.Add($"the value '{placeholder}' from .env.example is written in docker-compose.yml");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void The_env_file_is_git_ignored_and_the_example_is_not()
    {
        var ignored = Repository.Read(".gitignore").Split('\n').Select(l => l.Trim()).ToList();

        Assert.True(ignored.Contains(".env") || ignored.Contains("/.env"), ".gitignore must list `.env`: the real secrets must never be committed.");
        Assert.DoesNotContain(ignored, l => l is ".env*" or ".env.*" or "*.example" or ".env.example");
        Assert.True(File.Exists(Repository.PathOf(DockerCompose.ExampleEnvFile)), ".env.example must exist.");
    }

    [GeneratedRegex("(?i)(password|passwd|pass$|secret|token|cookie|key$|apikey)")]
    private static partial Regex SecretName();

    [GeneratedRegex(@"^\$\{[A-Za-z_][A-Za-z0-9_]*(:?[-?][^}]*)?\}$")]
    private static partial Regex WholeVariable();

    [GeneratedRegex(@"(?i)(?:password|pwd)=(?<value>[^;]*)")]
    private static partial Regex PasswordInConnectionString();
}
