namespace Hub.Operations.Access;

/// <summary>The names of what the operator log records, and of the outcomes a sign-in can have.</summary>
public static class OperatorActions
{
    public const string SignIn = "sign-in";
    public const string SignOut = "sign-out";
    public const string Retry = "retry";
    public const string RetryGroup = "retry-group";
    public const string RetryAll = "retry-all";
    public const string Archive = "archive";
    public const string ArchiveGroup = "archive-group";
    public const string AdapterRetry = "adapter-retry";

    public const string Ok = "ok";
    public const string WrongPassword = "wrong-password";
    public const string UnknownUser = "unknown-user";
    public const string Locked = "locked";
    public const string AddressThrottled = "address-throttled";
    public const string NoConsoleRole = "no-console-role";
    public const string NotFound = "not-found";
}
