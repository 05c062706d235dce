using System.Text.RegularExpressions;

namespace Hub.Deployment.Tests;

/// <summary>
/// Every package version comes from the repository (Directory.Packages.props and the committed lock files), so a fresh
/// machine restores what main was tested with, and a version the registry stops serving fails the restore by name.
/// </summary>
public sealed partial class Restoring_the_locked_packages : IDisposable
{
    private readonly string _copy = Directory.CreateTempSubdirectory("hub-locked-restore-").FullName;

    [Fact]
    public void Every_project_of_the_solution_has_a_committed_lock_file()
    {
        var projects = ProjectLine().Matches(Repository.Read("Hub.sln")).Select(m => m.Groups[1].Value.Replace('\\', '/')).ToList();
        Assert.NotEmpty(projects);
        var tracked = Repository.Run("git", ["ls-files", "*packages.lock.json"]);
        Assert.True(tracked.ExitCode == 0, tracked.Output);
        var missing = projects.Select(p => Path.Combine(Path.GetDirectoryName(p)!, "packages.lock.json").Replace('\\', '/'))
            .Where(lockFile => !tracked.StandardOutput.Split('\n').Contains(lockFile)).ToList();
        Assert.True(missing.Count == 0, $"Lock files not committed: {string.Join(", ", missing)}");
        Assert.DoesNotContain("NU1603", Repository.Read("Directory.Build.props"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_locked_version_the_registry_does_not_serve_stops_the_restore_and_names_the_package()
    {
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json" })
        {
            File.Copy(Repository.PathOf(file), Path.Combine(_copy, file));
        }
        var project = Path.Combine(_copy, "Hub.Client");
        Directory.CreateDirectory(project);
        File.Copy(Repository.PathOf("services/Hub.Client/Hub.Client.csproj"), Path.Combine(project, "Hub.Client.csproj"));
        // A transitive package, as when the registry drops the version main was tested with.
        var lockFile = Repository.Read("services/Hub.Client/packages.lock.json");
        var entry = TransitiveEntry().Match(lockFile);
        Assert.True(entry.Success, "Hub.Client's lock file has a transitive package");
        var package = entry.Groups["name"].Value;
        File.WriteAllText(Path.Combine(project, "packages.lock.json"),
            lockFile.Remove(entry.Groups["version"].Index, entry.Groups["version"].Length).Insert(entry.Groups["version"].Index, "0.0.1-never-served"));

        var restore = Repository.Run("dotnet", ["restore", Path.Combine(project, "Hub.Client.csproj"), "--locked-mode"],
            new Dictionary<string, string?> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1", ["MSBUILDDISABLENODEREUSE"] = "1" });

        Assert.True(restore.ExitCode != 0, restore.Output);
        Assert.Matches($"error NU1\\d{{3}}: .*{Regex.Escape(package)}", restore.StandardOutput);
    }

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    [GeneratedRegex(""""^Project\("\{[^}]+\}"\) = "[^"]+", "([^"]+\.csproj)"""", RegexOptions.Multiline)]
    private static partial Regex ProjectLine();

    [GeneratedRegex("""
        "(?<name>[^"]+)": \{\s*"type": "Transitive",\s*"resolved": "(?<version>[^"]+)"
        """)]
    private static partial Regex TransitiveEntry();
}
