using Bus = Hub.Contracts.Matching;

namespace Hub.Gateway.Proposals;

/// <summary>A proposal with its reasons; <see cref="Contact"/> is set only once the job seeker accepted.</summary>
public sealed record ProposalView
{
    public required Guid ProposalId { get; init; }
    public required Guid VacancyId { get; init; }
    /// <summary>The caller's own pseudonym for the job seeker ("pr-" and 32 hex digits): every partner sees another value.</summary>
    public required string SubjectPseudonym { get; init; }
    /// <summary>1 for the best proposal.</summary>
    public required int Rank { get; init; }
    /// <summary>A focus-area resident on benefits (or with a job guarantee) for a recovery vacancy.</summary>
    public required bool IsPriority { get; init; }
    public required int Score { get; init; }
    /// <summary>Why this job seeker was proposed, in words a person can check.</summary>
    public required IReadOnlyList<string> Reasons { get; init; }
    /// <summary>proposed, accepted, declined, hired, rejected or lapsed.</summary>
    public required string Status { get; init; }
    public ProposalContact? Contact { get; init; }
    public required DateTime ProposedAt { get; init; }

    /// <param name="subjectPseudonym">The caller's pseudonym for the job seeker, in place of the Hub-wide one the bus carries.</param>
    internal static ProposalView From(Bus.ProposalView proposal, string subjectPseudonym) => new()
    {
        ProposalId = proposal.ProposalId,
        VacancyId = proposal.VacancyId,
        SubjectPseudonym = subjectPseudonym,
        Rank = proposal.Rank,
        IsPriority = proposal.IsPriority,
        Score = proposal.Score,
        Reasons = proposal.Reasons,
        Status = proposal.Status,
        Contact = proposal.Contact is { } contact ? new ProposalContact { Name = contact.Name, Phone = contact.Phone, Email = contact.Email } : null,
        ProposedAt = proposal.ProposedAt,
    };
}
