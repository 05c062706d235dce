using System.Collections.Concurrent;
using System.Diagnostics;

namespace Hub.Testing;

/// <summary>
/// Cleans up nodes and services that the tests did not dispose: on a normal exit through
/// ProcessExit, and after a crash or SIGKILL of the test host through a detached watchdog
/// shell that runs the same cleanup scripts once the test host is gone. Best effort.
/// </summary>
internal static class ProcessJanitor
{
    private static readonly ConcurrentDictionary<string, Action> Cleanups = new();
    private static readonly Lazy<string> Folder = new(StartWatchdog);

    static ProcessJanitor() => AppDomain.CurrentDomain.ProcessExit += (_, _) => RunAll();

    /// <summary>
    /// Registers a /bin/sh script that kills a process and removes its files (run by the watchdog),
    /// and optionally an in-process way to do the same at ProcessExit (else the script runs then too).
    /// </summary>
    public static string Register(string shellScript, Action? inProcess = null)
    {
        var id = Guid.NewGuid().ToString("N");
        var path = Path.Combine(Folder.Value, id + ".sh");
        File.WriteAllText(path + ".tmp", shellScript);
        File.Move(path + ".tmp", path); // the watchdog must never see half a script
        Cleanups[id] = inProcess ?? (() => CommandRunner.RunAsync("/bin/sh", ["-c", shellScript],
            timeout: TimeSpan.FromSeconds(15)).GetAwaiter().GetResult());
        return id;
    }

    public static void Unregister(string id)
    {
        Cleanups.TryRemove(id, out _);
        File.Delete(Path.Combine(Folder.Value, id + ".sh"));
    }

    /// <summary>Quotes a value for /bin/sh.</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static void RunAll()
    {
        foreach (var (id, cleanup) in Cleanups)
        {
            try
            {
                cleanup();
                Unregister(id);
            }
#pragma warning disable CA1031 // best effort while the process exits
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
    }

    private static string StartWatchdog()
    {
        var folder = Directory.CreateTempSubdirectory($"hubtest-janitor-{Environment.ProcessId}-").FullName;
        var pid = Environment.ProcessId;
        var dir = Quote(folder);

        // Wait while the test host lives (a zombie counts as gone), then run what is left.
        var watchdog =
            $"while [ -e /proc/{pid} ] && [ \"$(sed 's/.*) //' /proc/{pid}/stat | cut -c1)\" != Z ]; do sleep 1; done; "
            + $"for f in {dir}/*.sh; do [ -f \"$f\" ] && sh \"$f\"; done; rm -rf {dir}";

        // setsid + '&' detaches the watchdog, so killing the test host's process tree spares it.
        var launcher = CommandRunner.CreateStartInfo(
            "/bin/sh",
            ["-c", "setsid /bin/sh -c \"$1\" </dev/null >/dev/null 2>&1 &", "sh", watchdog],
            environment: null);
        using var process = Process.Start(launcher)
            ?? throw new InvalidOperationException("Could not start the cleanup watchdog.");
        process.WaitForExit();
        return folder;
    }
}
