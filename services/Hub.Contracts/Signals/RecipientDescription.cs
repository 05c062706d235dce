namespace Hub.Contracts.Signals;

/// <summary>One recipient rule: an organisation or every organisation of a role (in the signal's area).</summary>
public record RecipientDescription
{
    public string? Role { get; init; }
    public string? Organisation { get; init; }
    public required string Basis { get; init; }
    public required string Purpose { get; init; }
    public required IReadOnlyList<string> Fields { get; init; }
}
