namespace Hub.Gateway.Signals;

/// <summary>
/// Two or more partners signalled about the same resident (or household) within the policy's window. Tells only who
/// else is involved and how to reach them: no categories, no details.
/// </summary>
public sealed record MultiProblemDetected
{
    public required Guid CaseId { get; init; }
    public required Guid NotificationId { get; init; }
    public required string RecipientOrganisation { get; init; }
    /// <summary>True when the caller gets it as the area coordinator, false as an involved partner.</summary>
    public required bool AsCoordinator { get; init; }
    /// <summary>The caller's own pseudonyms for the residents concerned: the coordinator gets all, a partner those it signalled about.</summary>
    public required IReadOnlyList<string> RecipientPseudonyms { get; init; }
    public required IReadOnlyList<InvolvedPartner> OthersInvolved { get; init; }
    public required DateTime DetectedAt { get; init; }
    public required DateTime ExpiresAt { get; init; }
}
