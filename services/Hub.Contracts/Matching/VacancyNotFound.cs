namespace Hub.Contracts.Matching;

[Read]
public record VacancyNotFound
{
    public required Guid VacancyId { get; init; }
}
