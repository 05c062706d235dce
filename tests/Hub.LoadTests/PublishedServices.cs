using System.Diagnostics;
using Hub.Testing;

namespace Hub.LoadTests;

/// <summary>
/// Publishes the services the harness runs as their container images are built (Release, linux-x64, ReadyToRun, see each
/// service's csproj), so the first round measures precompiled code instead of the JIT's first pass.
/// </summary>
internal static class PublishedServices
{
    /// <summary>The Hub's services the harness runs, and the Wolverine peer, published the same way for a fair comparison.</summary>
    public static readonly (string Folder, string Project)[] Projects =
        [("services", "Hub.Gateway"), ("services", "Hub.JobMatching"), ("services", "Hub.Signals"), ("tests", "Hub.LoadTests.Peer")];

    public static async Task<string> PublishAsync(string scratch, Action<string> progress)
    {
        var folder = Path.Combine(scratch, "published");
        foreach (var (projectFolder, project) in Projects)
        {
            progress(project);
            var start = new ProcessStartInfo("dotnet")
            {
                ArgumentList =
                {
                    "publish", Path.Combine(RepositoryPaths.RepoRoot, projectFolder, project), "-c", "Release", "-r", "linux-x64",
                    "--self-contained", "false", "-o", Path.Combine(folder, project), "-v", "quiet", "-nologo",
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var publish = Process.Start(start)!;
            var output = publish.StandardOutput.ReadToEndAsync();
            var errors = publish.StandardError.ReadToEndAsync();
            await publish.WaitForExitAsync();
            if (publish.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet publish {project} failed:\n{await output}\n{await errors}");
            }
        }
        return folder;
    }
}
