using Bus = Hub.Contracts.Signals;

namespace Hub.Gateway.Signals;

/// <summary>The multi-problem notices addressed to the caller.</summary>
public sealed record MultiProblemCaseList
{
    public required string RecipientOrganisation { get; init; }
    /// <summary>The latest notification per open case, newest first.</summary>
    public required IReadOnlyList<MultiProblemDetected> Cases { get; init; }

    internal static MultiProblemCaseList From(Bus.MultiProblemCaseList list) => new()
    {
        RecipientOrganisation = list.RecipientOrganisation,
        Cases = [.. list.Cases.Select(c => new MultiProblemDetected
        {
            CaseId = c.CaseId,
            NotificationId = c.NotificationId,
            RecipientOrganisation = c.RecipientOrganisation,
            AsCoordinator = c.AsCoordinator,
            RecipientPseudonyms = c.RecipientPseudonyms,
            OthersInvolved = [.. c.OthersInvolved.Select(o => new InvolvedPartner
            {
                OrganisationId = o.OrganisationId,
                Name = o.Name,
                Role = o.Role,
                Contact = o.Contact,
                IsCoordinator = o.IsCoordinator,
            })],
            DetectedAt = c.DetectedAt,
            ExpiresAt = c.ExpiresAt,
        })],
    };
}
