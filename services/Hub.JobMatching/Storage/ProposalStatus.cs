namespace Hub.JobMatching.Storage;

public enum ProposalStatus
{
    Proposed,
    Accepted,
    Declined,
    Hired,
    Rejected,
    /// <summary>The vacancy closed or the seeker left before an answer.</summary>
    Lapsed,
}
