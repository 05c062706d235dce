namespace Hub.Contracts.Partners;

/// <summary>One export being or having been imported; the report names rows and fields, never their values.</summary>
public record AdapterImport
{
    public required Guid ImportId { get; init; }
    public required string PartnerOrganisation { get; init; }
    public required string Source { get; init; }
    public required string Kind { get; init; }
    public required string Status { get; init; }
    public required int RowsDone { get; init; }
    public required int RowsTotal { get; init; }
    public string? Report { get; init; }
    public required DateTime StartedAt { get; init; }
    public DateTime? FinishedAt { get; init; }
}
