using System.ComponentModel.DataAnnotations;

namespace Hub.Gateway.Proposals;

/// <summary>The employer's outcome for an accepted proposal.</summary>
public sealed record PlacementRequest
{
    /// <summary>True when the job seeker was hired.</summary>
    /// <example>true</example>
    [Required]
    public bool? Hired { get; init; }
    /// <summary>First working day; only with a hire.</summary>
    /// <example>2026-10-01</example>
    public DateOnly? StartDate { get; init; }
}
