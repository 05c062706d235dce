namespace Hub.Gateway.Commands;

/// <summary>A command a partner sent through the gateway, and what became of it (the 202's promise kept).</summary>
public sealed class CommandRecord
{
    /// <summary>The command's message id on the bus; the partner's command id.</summary>
    public Guid Id { get; set; }
    public required string PartnerId { get; set; }
    /// <summary>What the command was, e.g. vacancy-published, proposal-answered.</summary>
    public required string Kind { get; set; }
    public DateTime AcceptedAt { get; set; }
    /// <summary>pending, applied or refused.</summary>
    public required string Status { get; set; }
    public string? Reason { get; set; }
    public string? Detail { get; set; }
    public string? DecidedBy { get; set; }
    public DateTime? DecidedAt { get; set; }
}
