
namespace Hub.LoadTests.Scenarios;

/// <summary>The partners that post vacancies through Hub.Client, against the Hub's gateway or the peer.</summary>
internal interface IVacancyOwners
{
    IReadOnlyList<HubPartner> VacancyOwners { get; }
}
