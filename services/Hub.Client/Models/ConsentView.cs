namespace Hub.Client.Models;

/// <summary>One of the resident's consents as the signals service holds it.</summary>
public sealed record ConsentView
{
    public Guid ConsentId { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public string? FromOrganisation { get; init; }
    public string? ToOrganisation { get; init; }
    public string? ToRole { get; init; }
    public string Purpose { get; init; } = "";
    public DateTime ValidFrom { get; init; }
    public DateTime ValidUntil { get; init; }
    public DateTime? RevokedAt { get; init; }
}
