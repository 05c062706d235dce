namespace Hub.Operations.Access;

/// <summary>Limits on the console's own password sign-in, and how long a session lasts.</summary>
public sealed class ConsoleSignInOptions
{
    public const string Section = "Hub:Operations:SignIn";

    /// <summary>Failed sign-ins for one user name within <see cref="FailureWindow"/> (since its last success) before it is locked.</summary>
    public int MaxFailuresPerUser { get; set; } = 5;
    /// <summary>Failed sign-ins from one address within <see cref="FailureWindow"/>, whatever the user names, before it is refused.</summary>
    public int MaxFailuresPerAddress { get; set; } = 20;
    /// <summary>How far back failures count; a lock ends when its failures age out of the window.</summary>
    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromMinutes(15);
    /// <summary>A session unused this long ends, whatever its cookie says.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(60);
    /// <summary>A session ends this long after its sign-in, used or not.</summary>
    public TimeSpan MaxSessionLength { get; set; } = TimeSpan.FromHours(10);
}
