namespace Hub.Testing;

/// <summary>
/// Environment variables that load tests/Hub.Testing.Hooks into a service process a test starts (as a .NET startup hook),
/// so the services themselves carry no test machinery. Merge them into the process's environment.
/// </summary>
public static class TestHooks
{
    private const string AssemblyName = "Hub.Testing.Hooks";

    /// <summary>Kills the service (SIGKILL) the first time it writes the named durability event (Hub.Messaging's DurabilityEvents).</summary>
    public static Dictionary<string, string?> CrashAt(string durabilityEvent) => new()
    {
        ["DOTNET_STARTUP_HOOKS"] = AssemblyPath,
        ["HUB_TEST_CRASH_AT"] = durabilityEvent,
    };

    /// <summary>Maps the gateway's authenticated no-op partner endpoint, POST /api/v1/load-test/no-op, for the load harness.</summary>
    public static Dictionary<string, string?> NoOpPartnerEndpoint() => new()
    {
        ["DOTNET_STARTUP_HOOKS"] = AssemblyPath,
        ["ASPNETCORE_HOSTINGSTARTUPASSEMBLIES"] = AssemblyName,
    };

    private static string AssemblyPath
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, AssemblyName + ".dll");
            return File.Exists(path) ? path : throw new FileNotFoundException($"{AssemblyName}.dll is not beside the tests; reference tests/Hub.Testing.Hooks.", path);
        }
    }
}
