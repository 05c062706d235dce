using Hub.Client.Models;
using Refit;

namespace Hub.Client;

/// <summary>Programme figures, for municipalities: counts only, for the areas your organisation works in.</summary>
public interface IFiguresApi
{
    /// <summary>Vacancies, proposals, acceptances and placements per focus area and month.</summary>
    [Get("/api/v1/figures/areas")]
    Task<AreaFigures> GetAreaFiguresAsync(CancellationToken cancellationToken = default);
}
