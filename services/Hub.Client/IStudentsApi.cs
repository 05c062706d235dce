using Hub.Client.Models;
using Refit;

namespace Hub.Client;

/// <summary>Students, for schools: matched for a learn-work (BBL) place or a first job with the job-guarantee priority.</summary>
public interface IStudentsApi
{
    /// <summary>Registers a student; the receipt holds the pseudonym that stands for the BSN from now on.</summary>
    [Post("/api/v1/students")]
    Task<JobSeekerReceipt> RegisterAsync([Body] StudentRequest student, [Header(HubHeaders.IdempotencyKey)] string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>Takes a student out of matching; open proposals lapse.</summary>
    [Post("/api/v1/students/withdrawals")]
    Task<JobSeekerReceipt> WithdrawAsync([Body] WithdrawalRequest withdrawal, [Header(HubHeaders.IdempotencyKey)] string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// The students you registered, newest first (by their latest registration or update), at most 200, each under your
    /// own pseudonym with the number of proposals made to them; withdrawn ones are listed as withdrawn.
    /// </summary>
    [Get("/api/v1/students")]
    Task<JobSeekerList> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The proposals made to one of your students, with their reasons.</summary>
    [Get("/api/v1/students/{subjectPseudonym}/proposals")]
    Task<JobSeekerProposals> GetProposalsAsync(string subjectPseudonym, CancellationToken cancellationToken = default);
}
