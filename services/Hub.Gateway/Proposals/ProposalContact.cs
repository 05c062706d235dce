namespace Hub.Gateway.Proposals;

/// <summary>How the employer reaches a job seeker who accepted: personal data, shared only after acceptance.</summary>
public sealed record ProposalContact
{
    public required string Name { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
}
