using Hub.Contracts.Signals;

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

    public static MultiProblemDetectedV1 From(MultiProblemDetected detected) => new(
        detected.CaseId, detected.NotificationId, detected.RecipientOrganisation, detected.AsCoordinator, detected.RecipientPseudonyms,
        [.. detected.OthersInvolved.Select(o => new InvolvedPartnerV1(o.OrganisationId, o.Name, o.Role, o.Contact, o.IsCoordinator))],
        detected.DetectedAt, detected.ExpiresAt);
}

/// <summary>Another organisation in a multi-problem case and its desk (never a person's data).</summary>
public sealed record InvolvedPartnerV1(string OrganisationId, string Name, string Role, string Contact, bool IsCoordinator);
