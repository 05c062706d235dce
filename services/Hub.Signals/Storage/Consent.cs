namespace Hub.Signals.Storage;

/// <summary>A resident's consent as recorded; valid in [ValidFrom, ValidUntil) unless revoked before.</summary>
public sealed class Consent
{
    public Guid Id { get; set; }
    public required string SubjectPseudonym { get; set; }
    public List<string> Categories { get; set; } = [];
    public string? FromOrganisation { get; set; }
    public string? ToOrganisation { get; set; }
    public string? ToRole { get; set; }
    public required string Purpose { get; set; }
    public DateTime ValidFrom { get; set; }
    public DateTime ValidUntil { get; set; }
    public required string RecordedBy { get; set; }
    public DateTime RecordedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }
}
