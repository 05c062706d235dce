using System.Reflection;
using System.Runtime.Loader;
using Hub.Testing.Hooks;

/// <summary>
/// Runs before the service's Main when the test names this assembly in DOTNET_STARTUP_HOOKS (the runtime requires this
/// name, in no namespace). Loaded by path, so ASP.NET Core's hosting startup lookup by name is pointed at it here.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        var hooks = typeof(StartupHook).Assembly;
        AssemblyLoadContext.Default.Resolving += (_, name) => name.Name == hooks.GetName().Name ? hooks : null;
        CrashAt.InstallFromEnvironment();
    }
}
