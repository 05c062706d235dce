namespace Hub.Client.Models;

/// <summary>
/// The answer to a published, replaced or withdrawn vacancy. "accepted" means stored durably on the
/// broker, not yet processed: read the vacancy back with <see cref="IVacanciesApi.GetAsync"/>.
/// </summary>
public sealed record VacancyAccepted(Guid VacancyId, string Status);
