namespace Hub.JobMatching.Storage;

/// <summary>One job seeker proposed for one vacancy; never twice for the same pair.</summary>
public sealed class Proposal
{
    public Guid Id { get; set; }
    public Guid VacancyId { get; set; }
    public required string EmployerId { get; set; }
    public required string SubjectPseudonym { get; set; }
    public string? FocusAreaId { get; set; }
    public int Rank { get; set; }
    public bool IsPriority { get; set; }
    public int Score { get; set; }
    public List<string> Reasons { get; set; } = [];
    public ProposalStatus Status { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }
    public DateTime ProposedAt { get; set; }
    public DateTime? AnsweredAt { get; set; }
    public DateTime? PlacedAt { get; set; }

    /// <summary>Holds one of the vacancy's proposal slots and one of the seeker's.</summary>
    public bool IsOpen => Status is ProposalStatus.Proposed or ProposalStatus.Accepted;
}
