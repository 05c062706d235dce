namespace Hub.Client.Models;

/// <summary>Another organisation involved in a multi-problem case and how to reach it (a desk, never a person's data).</summary>
public sealed record InvolvedPartner
{
    public string OrganisationId { get; init; } = "";
    public string Name { get; init; } = "";
    public string Role { get; init; } = "";
    public string Contact { get; init; } = "";
    public bool IsCoordinator { get; init; }
}
