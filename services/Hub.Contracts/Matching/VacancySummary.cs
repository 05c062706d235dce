namespace Hub.Contracts.Matching;

/// <summary>One vacancy in its owner's list, with the number of proposals made for it.</summary>
public record VacancySummary
{
    public required Guid VacancyId { get; init; }
    public required string Title { get; init; }
    public required string OccupationCode { get; init; }
    public required string Postcode { get; init; }
    /// <summary>open, withdrawn or filled.</summary>
    public required string Status { get; init; }
    public required DateOnly ClosingDate { get; init; }
    public required bool IsRecoveryJob { get; init; }
    /// <summary>When the current version was published.</summary>
    public required DateTime PublishedAt { get; init; }
    /// <summary>Every proposal made for it, whatever became of it.</summary>
    public required int Proposals { get; init; }
}
