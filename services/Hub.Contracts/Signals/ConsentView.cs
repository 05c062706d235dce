namespace Hub.Contracts.Signals;

public record ConsentView
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
