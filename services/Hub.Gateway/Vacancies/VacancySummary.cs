namespace Hub.Gateway.Vacancies;

/// <summary>One of the caller's vacancies in its list; the whole vacancy is at GET /api/v1/vacancies/{vacancyId}.</summary>
public sealed record VacancySummary
{
    public required Guid VacancyId { get; init; }
    public required string Title { get; init; }
    public required string OccupationCode { get; init; }
    /// <summary>Normalised, e.g. "8925AB".</summary>
    public required string Postcode { get; init; }
    /// <summary>open, withdrawn or filled.</summary>
    public required string Status { get; init; }
    public required DateOnly ClosingDate { get; init; }
    public required bool IsRecoveryJob { get; init; }
    /// <summary>When the gateway accepted the current version (UTC): a new version (PUT) moves it.</summary>
    public required DateTime PublishedAt { get; init; }
    /// <summary>How many proposals job matching made for it, whatever became of them (lapsed and declined ones included).</summary>
    public required int Proposals { get; init; }
}
