namespace Hub.Contracts.Signals;

/// <summary>
/// A resident's consent to share signals of some categories with an organisation or with every
/// organisation of a role, for one purpose, during [ValidFrom, ValidUntil). Recorded by an authorised
/// partner (the municipal district team); revocable at any time with <see cref="ConsentRevoked"/>.
/// </summary>
public record ConsentRecorded
{
    public required Guid ConsentId { get; init; }
    public required string SubjectPseudonym { get; init; }
    public required IReadOnlyList<string> Categories { get; init; }
    /// <summary>Only signals from this organisation; null for signals from any partner.</summary>
    public string? FromOrganisation { get; init; }
    /// <summary>The receiving organisation; set this or <see cref="ToRole"/>.</summary>
    public string? ToOrganisation { get; init; }
    /// <summary>Every organisation of this role (e.g. "school"); set this or <see cref="ToOrganisation"/>.</summary>
    public string? ToRole { get; init; }
    /// <summary>The purpose consented to; it must equal the purpose of the policy's recipient rule (e.g. "youth-care").</summary>
    public required string Purpose { get; init; }
    public required DateTime ValidFrom { get; init; }
    public required DateTime ValidUntil { get; init; }
    public required string RecordedBy { get; init; }
    public required string RecordedByRole { get; init; }
    public required DateTime RecordedAt { get; init; }
}
