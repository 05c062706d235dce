namespace Hub.Operations.Access;

public static class ConsoleRoles
{
    /// <summary>Reads everything in scope.</summary>
    public const string Viewer = "viewer";
    /// <summary>May also retry and archive failed messages.</summary>
    public const string Operator = "operator";
    /// <summary>An operator who also sees the broker and alerts settings.</summary>
    public const string Admin = "admin";

    public const string MayRetryPolicy = "may-retry";
    public const string AreaClaim = "hub-area";

    public static readonly string[] All = [Viewer, Operator, Admin];
}
