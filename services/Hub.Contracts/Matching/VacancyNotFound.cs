namespace Hub.Contracts.Matching;

public record VacancyNotFound
{
    public required Guid VacancyId { get; init; }
}
