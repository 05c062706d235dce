using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hub.Deployment.Tests;

/// <summary>Debian's docker-compose (v1): validates and resolves a compose file without a Docker engine.</summary>
internal static partial class DockerCompose
{
    public const string ComposeFile = "docker-compose.yml";
    public const string ExampleEnvFile = ".env.example";

    public static string MissingMessage(string tool) =>
        $"`{tool}` was not found on PATH. Install the Debian package `docker-compose` " +
        "(`sudo apt-get install -y docker-compose`; ./test.sh installs it when missing). " +
        "It validates docker-compose.yml without a Docker engine.";

    /// <summary>Every ${NAME} that docker-compose.yml reads.</summary>
    public static IReadOnlySet<string> Variables() =>
        VariableReference().Matches(Repository.Read(ComposeFile)).Select(m => m.Groups[1].Value).ToHashSet();

    /// <summary>`docker-compose -f docker-compose.yml --env-file FILE ARGS`, with none of the file's variables inherited from this process.</summary>
    public static ProcessResult Run(string envFile, params string[] arguments)
    {
        var tool = Repository.FindOnPath("docker-compose");
        Assert.True(tool is not null, MissingMessage("docker-compose"));
        var environment = Variables().ToDictionary(name => name, string? (_) => null);
        environment["COMPOSE_PROJECT_NAME"] = "hub";
        return Repository.Run(tool!, ["-f", ComposeFile, "--env-file", envFile, .. arguments], environment);
    }

    /// <summary>The compose file as docker-compose resolves it (anchors merged, variables interpolated), as JSON.</summary>
    public static JsonElement ResolvedConfig(string envFile)
    {
        var result = Run(envFile, "config");
        Assert.True(result.ExitCode == 0, $"docker-compose config failed:\n{result.Output}");
        return Repository.YamlToJson(result.StandardOutput);
    }

    /// <summary>The services whose image is built from this repository (hub/...).</summary>
    public static IEnumerable<(string Name, JsonElement Service)> HubServices(JsonElement config) =>
        config.GetProperty("services").EnumerateObject()
            .Where(s => s.Value.TryGetProperty("image", out var image) && image.GetString()!.StartsWith("hub/", StringComparison.Ordinal))
            .Select(s => (s.Name, s.Value));

    /// <summary>The Hub services that use the bus (all but the partner portal, which calls the gateway).</summary>
    public static IEnumerable<(string Name, JsonElement Service)> BusServices(JsonElement config) =>
        HubServices(config).Where(s => s.Service.GetProperty("environment").TryGetProperty("RabbitMq__Host", out _));

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex VariableReference();
}
