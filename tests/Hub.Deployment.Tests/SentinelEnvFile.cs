using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hub.Deployment.Tests;

/// <summary>
/// Every variable set in .env.example with a value of its own, so a test can see where each one ends up in the
/// resolved compose file; <see cref="Without"/> leaves one out, as a deployment that forgot it.
/// </summary>
internal sealed partial class SentinelEnvFile : IDisposable
{
    private readonly List<string> _files = [];

    public SentinelEnvFile() => Path = Write(ExampleVariables(includeCommented: false).Select(name => $"{name}={Sentinel(name)}"));

    public string Path { get; }

    /// <summary>An env file with every sentinel but <paramref name="variable"/>'s.</summary>
    public string Without(string variable) =>
        Write(File.ReadAllLines(Path).Where(l => !l.StartsWith($"{variable}=", StringComparison.Ordinal)));

    /// <summary>A value that shows where the variable ends up; a file setting gets a path, as docker-compose mounts it.</summary>
    public static string Sentinel(string variable) =>
        (variable.EndsWith("_FILE", StringComparison.Ordinal) ? "./" : "") + $"sentinel-{variable.ToLowerInvariant().Replace('_', '-')}";

    /// <summary>NAME of every `NAME=` line of .env.example, and of `# NAME=` (documented, optional) unless excluded.</summary>
    public static IEnumerable<string> ExampleVariables(bool includeCommented = true) =>
        ExampleLines().Where(m => includeCommented || !m.Groups["comment"].Success).Select(m => m.Groups["name"].Value);

    /// <summary>The values of the `NAME=` lines of .env.example (the placeholders).</summary>
    public static IEnumerable<string> ExampleValues() =>
        ExampleLines().Where(m => !m.Groups["comment"].Success).Select(m => m.Groups["value"].Value.Trim());

    public static string? VolumeTarget(JsonElement volume) =>
        volume.ValueKind == JsonValueKind.Object ? volume.GetProperty("target").GetString() : volume.GetString()!.Split(':')[1];

    public static string VolumeSource(JsonElement volume) =>
        volume.ValueKind == JsonValueKind.Object ? volume.GetProperty("source").GetString()! : volume.GetString()!.Split(':')[0];

    public void Dispose() => _files.ForEach(File.Delete);

    private string Write(IEnumerable<string> lines)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"hub-compose-{Guid.NewGuid():N}.env");
        File.WriteAllLines(path, lines);
        _files.Add(path);
        return path;
    }

    private static IEnumerable<Match> ExampleLines() =>
        File.ReadAllLines(Repository.PathOf(DockerCompose.ExampleEnvFile)).Select(l => ExampleLine().Match(l)).Where(m => m.Success);

    [GeneratedRegex(@"^\s*(?<comment>#\s*)?(?<name>[A-Z][A-Z0-9_]*)=(?<value>.*)$")]
    private static partial Regex ExampleLine();
}
