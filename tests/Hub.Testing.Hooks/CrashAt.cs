using System.Diagnostics;

namespace Hub.Testing.Hooks;

/// <summary>
/// Kills the process (SIGKILL: no cleanup, no flush, as in a real crash) the first time the service writes the diagnostic
/// event named in <see cref="EnvironmentVariable"/> to the "Hub.Messaging" listener, e.g. <c>ConsumeCommitted</c>.
/// </summary>
internal sealed class CrashAt(string eventName) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    public const string EnvironmentVariable = "HUB_TEST_CRASH_AT";
    private const string ListenerName = "Hub.Messaging";

    public static void InstallFromEnvironment()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } eventName)
        {
            DiagnosticListener.AllListeners.Subscribe(new CrashAt(eventName));
        }
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == ListenerName)
        {
            listener.Subscribe(this, name => name == eventName);
        }
    }

    public void OnNext(KeyValuePair<string, object?> written)
    {
        Console.Error.WriteLine($"Test hook: killing the process at {written.Key}");
        Process.GetCurrentProcess().Kill();
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }
}
