namespace Hub.PartnerIntegration.Delivery.Payloads;

/// <summary><c>proposal-made</c>: a candidate for one of the partner's vacancies, and why; never who (no pseudonym).</summary>
public sealed record ProposalMadeV1(
    Guid ProposalId,
    Guid VacancyId,
    bool IsPriority,
    int Score,
    IReadOnlyList<string> Reasons,
    string? FocusAreaId,
    DateTime ProposedAt) : IWebhookData
{
    public static string Event => "proposal-made";
    public static int Version => 1;
}
