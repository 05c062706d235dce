namespace Hub.Contracts.Signals;

/// <summary>
/// Two or more partners signalled about the same resident (or household) within the policy's window.
/// Sent to the area coordinator and to each involved partner, each with its own pseudonyms. Like the
/// youth risk index it tells only who else is involved and how to reach them: no categories, no details.
/// </summary>
public record MultiProblemDetected
{
    public required Guid CaseId { get; init; }
    public required Guid NotificationId { get; init; }
    public required string RecipientOrganisation { get; init; }
    /// <summary>True for the area coordinator, false for an involved partner.</summary>
    public required bool AsCoordinator { get; init; }
    /// <summary>The recipient's own pseudonyms for the residents concerned: the coordinator gets all, a partner those it signalled about.</summary>
    public required IReadOnlyList<string> RecipientPseudonyms { get; init; }
    public required IReadOnlyList<InvolvedPartner> OthersInvolved { get; init; }
    public required DateTime DetectedAt { get; init; }
    public required DateTime ExpiresAt { get; init; }
}
