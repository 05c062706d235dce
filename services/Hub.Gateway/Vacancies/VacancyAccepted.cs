namespace Hub.Gateway.Vacancies;

/// <summary>The answer to an accepted vacancy: where to read it back.</summary>
public sealed record VacancyAccepted(Guid VacancyId, Guid CommandId, string Status);
