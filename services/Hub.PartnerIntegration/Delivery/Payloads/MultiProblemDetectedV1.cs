namespace Hub.PartnerIntegration.Delivery.Payloads;

/// <summary><c>multi-problem-detected</c>: who else is involved with the partner's residents and how to reach them; no signal content.</summary>
public sealed record MultiProblemDetectedV1(
    Guid CaseId,
    Guid NotificationId,
    string RecipientOrganisation,
    bool AsCoordinator,
    IReadOnlyList<string> RecipientPseudonyms,
    IReadOnlyList<InvolvedPartnerV1> OthersInvolved,
    DateTime DetectedAt,
    DateTime ExpiresAt) : IWebhookData
{
    public static string Event => "multi-problem-detected";
    public static int Version => 1;
}

/// <summary>Another organisation in a multi-problem case and its desk (never a person's data).</summary>
public sealed record InvolvedPartnerV1(string OrganisationId, string Name, string Role, string Contact, bool IsCoordinator);
