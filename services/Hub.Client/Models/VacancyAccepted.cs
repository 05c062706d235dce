namespace Hub.Client.Models;

/// <summary>
/// The answer to a published, replaced or withdrawn vacancy. "pending" means stored durably on the broker, not yet
/// processed: <see cref="CommandsApiExtensions.WaitForOutcomeAsync"/> with <see cref="CommandId"/> tells whether it was applied or
/// refused and why; read the vacancy back with <see cref="IVacanciesApi.GetAsync"/>.
/// </summary>
public sealed record VacancyAccepted(Guid VacancyId, Guid CommandId, string Status);
