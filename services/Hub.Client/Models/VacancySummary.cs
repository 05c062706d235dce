namespace Hub.Client.Models;

/// <summary>One of your vacancies in your list; <see cref="IVacanciesApi.GetAsync"/> reads the whole vacancy.</summary>
public sealed record VacancySummary
{
    public Guid VacancyId { get; init; }
    public string Title { get; init; } = "";
    public string OccupationCode { get; init; } = "";
    /// <summary>Normalised, e.g. "8925AB".</summary>
    public string Postcode { get; init; } = "";
    /// <summary>open, withdrawn or filled.</summary>
    public string Status { get; init; } = "";
    public DateOnly ClosingDate { get; init; }
    public bool IsRecoveryJob { get; init; }
    /// <summary>When the gateway accepted the current version (UTC): a new version moves it.</summary>
    public DateTime PublishedAt { get; init; }
    /// <summary>How many proposals were made for it, whatever became of them.</summary>
    public int Proposals { get; init; }
}
