namespace Hub.Client.Models;

/// <summary>
/// Two or more partners signalled about the same resident (or household) within the policy's window. Tells only who
/// else is involved and how to reach them: no categories, no details.
/// </summary>
public sealed record MultiProblemDetected
{
    public Guid CaseId { get; init; }
    public Guid NotificationId { get; init; }
    public string RecipientOrganisation { get; init; } = "";
    /// <summary>True when you get it as the area coordinator, false as an involved partner.</summary>
    public bool AsCoordinator { get; init; }
    /// <summary>Your own pseudonyms for the residents concerned: the coordinator gets all, a partner those it signalled about.</summary>
    public IReadOnlyList<string> RecipientPseudonyms { get; init; } = [];
    public IReadOnlyList<InvolvedPartner> OthersInvolved { get; init; } = [];
    public DateTime DetectedAt { get; init; }
    public DateTime ExpiresAt { get; init; }
}
