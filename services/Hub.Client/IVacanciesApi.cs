using Hub.Client.Models;
using Refit;

namespace Hub.Client;

/// <summary>
/// Vacancies, for employers and housing corporations. Every POST and PUT carries an Idempotency-Key:
/// pass your own (e.g. stored with the vacancy) to make a retry after a restart converge on the same
/// vacancy, or leave it null and the client makes one per call, kept across its own retries.
/// </summary>
public interface IVacanciesApi
{
    /// <summary>Publishes a vacancy; recovery vacancies go to focus-area residents first.</summary>
    [Post("/api/v1/vacancies")]
    Task<VacancyAccepted> PublishAsync([Body] VacancyRequest vacancy, [Header(HubHeaders.IdempotencyKey)] string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>Replaces one of your vacancies with a new version; it is matched again.</summary>
    [Put("/api/v1/vacancies/{vacancyId}")]
    Task<VacancyAccepted> UpdateAsync(Guid vacancyId, [Body] VacancyRequest vacancy, [Header(HubHeaders.IdempotencyKey)] string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Your own vacancies, newest first (by the publication of their current version), at most 200, each with the number
    /// of proposals made for it; <paramref name="status"/> open, withdrawn or filled lists only those (another value is a 400).
    /// </summary>
    [Get("/api/v1/vacancies")]
    Task<VacancyList> ListAsync([Query] string? status = null, CancellationToken cancellationToken = default);

    /// <summary>Reads one of your vacancies as the Hub holds it; 404 until job matching has registered it.</summary>
    [Get("/api/v1/vacancies/{vacancyId}")]
    Task<VacancyDetails> GetAsync(Guid vacancyId, CancellationToken cancellationToken = default);

    /// <summary>Withdraws one of your vacancies; its open proposals lapse.</summary>
    [Post("/api/v1/vacancies/{vacancyId}/withdrawal")]
    Task<VacancyAccepted> WithdrawAsync(Guid vacancyId, [Header(HubHeaders.IdempotencyKey)] string? idempotencyKey = null, CancellationToken cancellationToken = default);
}
