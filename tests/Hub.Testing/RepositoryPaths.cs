namespace Hub.Testing;

/// <summary>Where the repository is, and which build configuration the tests run in.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> Root = new(FindRepoRoot);

    /// <summary>The folder holding Hub.sln (or Hub.slnx), found by walking up from the test binaries.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>"Debug" or "Release": taken from the test assembly's own bin/&lt;Configuration&gt;/ folder.</summary>
    public static string Configuration { get; } = DetectConfiguration(AppContext.BaseDirectory);

    internal static string DetectConfiguration(string baseDirectory)
    {
        var parts = baseDirectory.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var bin = Array.LastIndexOf(parts, "bin");
        return bin >= 0 && bin + 1 < parts.Length ? parts[bin + 1] : "Debug";
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hub.sln")) || File.Exists(Path.Combine(dir.FullName, "Hub.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No Hub.sln found in {AppContext.BaseDirectory} or any folder above it.");
    }
}
