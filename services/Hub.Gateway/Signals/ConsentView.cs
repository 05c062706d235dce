namespace Hub.Gateway.Signals;

/// <summary>One of the resident's consents as the signals service holds it.</summary>
public sealed record ConsentView
{
    public required Guid ConsentId { get; init; }
    public required IReadOnlyList<string> Categories { get; init; }
    public string? FromOrganisation { get; init; }
    public string? ToOrganisation { get; init; }
    public string? ToRole { get; init; }
    public required string Purpose { get; init; }
    public required DateTime ValidFrom { get; init; }
    public required DateTime ValidUntil { get; init; }
    public DateTime? RevokedAt { get; init; }
}
