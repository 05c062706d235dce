namespace Hub.Gateway.Signals;

/// <summary>Another organisation involved in a multi-problem case and how to reach it (a desk, never a person's data).</summary>
public sealed record InvolvedPartner
{
    public required string OrganisationId { get; init; }
    public required string Name { get; init; }
    public required string Role { get; init; }
    public required string Contact { get; init; }
    public required bool IsCoordinator { get; init; }
}
