namespace Hub.PartnerIntegration.Delivery.Payloads;

/// <summary><c>student-proposal-made</c>: a proposal for a student the partner registered, under the partner's own student number.</summary>
public sealed record StudentProposalMadeV1(
    Guid ProposalId,
    Guid VacancyId,
    string StudentNumber,
    bool IsPriority,
    int Score,
    IReadOnlyList<string> Reasons,
    string? FocusAreaId,
    DateTime ProposedAt) : IWebhookData
{
    public static string Event => "student-proposal-made";
    public static int Version => 1;
}
