using System.Text.Json;

namespace Hub.Deployment.Tests;

/// <summary>
/// Each service project carries the SDK container settings, so `dotnet publish services/X -c Release
/// /t:PublishContainer` builds the image docker-compose.yml runs wherever a registry is reachable. The
/// publish itself needs the base image from mcr.microsoft.com, so the test only evaluates the settings
/// (ComputeContainerConfig parses and validates them without pulling anything).
/// </summary>
public sealed class Configuring_the_containers
{
    public static TheoryData<string, string> Services => new()
    {
        { "services/Hub.Gateway/Hub.Gateway.csproj", "gateway" },
        { "services/Hub.JobMatching/Hub.JobMatching.csproj", "job-matching" },
        { "services/Hub.Signals/Hub.Signals.csproj", "signals" },
        { "services/Hub.Housing/Hub.Housing.csproj", "housing" },
        { "services/Hub.Schools/Hub.Schools.csproj", "schools" },
        { "services/Hub.Police/Hub.Police.csproj", "police" },
        { "services/Hub.Operations/Hub.Operations.csproj", "operations" },
    };

    [Theory]
    [MemberData(nameof(Services))]
    public void Every_service_project_describes_the_image_compose_runs(string project, string composeService)
    {
        var evaluated = Evaluate(project);
        var properties = evaluated.GetProperty("Properties");
        string Property(string name) => properties.GetProperty(name).GetString() ?? "";

        Assert.Equal("true", Property("EnableSdkContainerSupport"), ignoreCase: true);
        Assert.NotEmpty(Property("ContainerRepository"));
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:10.0", Property("ContainerBaseImage"));
        Assert.Equal("mcr.microsoft.com", Property("ContainerBaseRegistry"));
        Assert.Equal("dotnet/aspnet", Property("ContainerBaseName"));
        Assert.Equal("10.0", Property("ContainerBaseTag"));
        Assert.Equal("app", Property("ContainerUser"));
        var tags = evaluated.GetProperty("Items").GetProperty("ContainerImageTags").EnumerateArray().Select(t => t.GetProperty("Identity").GetString()).ToList();
        Assert.NotEmpty(tags);
        var ports = evaluated.GetProperty("Items").GetProperty("ContainerPort").EnumerateArray().Select(p => p.GetProperty("Identity").GetString()).ToList();
        Assert.Contains("8080", ports);

        // docker-compose.yml runs exactly the image this project publishes.
        var compose = Repository.YamlToJson(Repository.Read(DockerCompose.ComposeFile));
        var image = compose.GetProperty("services").GetProperty(composeService).GetProperty("image").GetString()!;
        var tag = image[(image.LastIndexOf(':') + 1)..];
        Assert.Equal(Property("ContainerRepository"), image[..image.LastIndexOf(':')]);
        Assert.Contains(tag, tags);
    }

    private static JsonElement Evaluate(string project)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        string[] properties = ["EnableSdkContainerSupport", "ContainerRepository", "ContainerBaseImage", "ContainerBaseRegistry", "ContainerBaseName", "ContainerBaseTag", "ContainerUser"];
        var result = Repository.Run(
            dotnet,
            ["msbuild", Repository.PathOf(project), "-nologo", "-t:ComputeContainerConfig", .. properties.Select(p => $"-getProperty:{p}"), "-getItem:ContainerImageTags", "-getItem:ContainerPort"],
            new Dictionary<string, string?> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1", ["MSBUILDDISABLENODEREUSE"] = "1" });
        Assert.True(result.ExitCode == 0, $"dotnet msbuild {project} -t:ComputeContainerConfig:\n{result.Output}");
        var json = result.StandardOutput[result.StandardOutput.IndexOf('{')..];
        return JsonDocument.Parse(json).RootElement.Clone();
    }
}
