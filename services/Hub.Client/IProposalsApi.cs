using Hub.Client.Models;
using Refit;

namespace Hub.Client;

/// <summary>Proposals: the vacancy's owner reads them and reports placements; the registering partner answers them.</summary>
public interface IProposalsApi
{
    /// <summary>The ranked proposals for one of your vacancies with their reasons; contact details only after acceptance.</summary>
    [Get("/api/v1/vacancies/{vacancyId}/proposals")]
    Task<VacancyProposals> GetForVacancyAsync(Guid vacancyId, CancellationToken cancellationToken = default);

    /// <summary>Passes on the job seeker's answer (job agency, schools): acceptance with contact details, or a decline without.</summary>
    [Post("/api/v1/proposals/{proposalId}/answer")]
    Task<ProposalReceipt> AnswerAsync(Guid proposalId, [Body] ProposalAnswerRequest answer, [Header(HubHeaders.IdempotencyKey)] string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>Reports whether the job seeker of an accepted proposal was hired (the vacancy's owner).</summary>
    [Post("/api/v1/proposals/{proposalId}/placement")]
    Task<ProposalReceipt> ReportPlacementAsync(Guid proposalId, [Body] PlacementRequest placement, [Header(HubHeaders.IdempotencyKey)] string? idempotencyKey = null, CancellationToken cancellationToken = default);
}
