namespace Hub.Contracts.Matching;

/// <summary>
/// The job seeker (through the job agency) accepted or declined a proposal. Contact details travel
/// only with an acceptance, because only then may the employer see them.
/// </summary>
public record ProposalAnswered
{
    public required Guid ProposalId { get; init; }
    public required string JobAgencyId { get; init; }
    public required bool Accepted { get; init; }
    public ProposalContact? Contact { get; init; }
    public required DateTime AnsweredAt { get; init; }
}
