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
    public const string AdminPolicy = "admin";
    public const string AreaClaim = "hub-area";

    /// <summary>Least to most.</summary>
    public static readonly string[] All = [Viewer, Operator, Admin];

    /// <summary>The most a user may do among the given console roles (unknown ones and nulls ignored); null when none.</summary>
    public static string? Highest(IEnumerable<string?> roles)
    {
        var index = roles.Select(r => Array.IndexOf(All, r)).DefaultIfEmpty(-1).Max();
        return index < 0 ? null : All[index];
    }
}
