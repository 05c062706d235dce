namespace Hub.Operations.Storage;

/// <summary>
/// One thing a console user did, or tried: a sign-in (answered or refused), a sign-out, a retry, an archive. Who, from
/// which address, with which areas in scope, on what, and how it ended; an admin searches these in the console.
/// </summary>
public sealed class OperatorAction
{
    public Guid Id { get; set; }
    public DateTime OccurredAt { get; set; }
    /// <summary>The user name as typed for a failed sign-in (it may name nobody), else the signed-in user.</summary>
    public required string UserName { get; set; }
    /// <summary>See <see cref="Access.OperatorActions"/>.</summary>
    public required string Action { get; set; }
    /// <summary>What the action was on: a failed message id, a failure group, an adapter delivery; empty for sign-ins.</summary>
    public string? Target { get; set; }
    /// <summary>ok, or why not: wrong-password, locked, not-found, no-console-role, ...</summary>
    public required string Outcome { get; set; }
    public string? Address { get; set; }
    /// <summary>The areas the user acted for, comma-separated; "all" for hub-wide users.</summary>
    public string? Areas { get; set; }
}
