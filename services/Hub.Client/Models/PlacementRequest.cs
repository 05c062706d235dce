namespace Hub.Client.Models;

/// <summary>The employer's outcome for an accepted proposal, for the area figures.</summary>
public sealed record PlacementRequest
{
    public required bool Hired { get; init; }
    /// <summary>First working day; only with a hire, within a year of today.</summary>
    public DateOnly? StartDate { get; init; }
}
