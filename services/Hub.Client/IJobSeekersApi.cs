using Hub.Client.Models;
using Refit;

namespace Hub.Client;

/// <summary>Job seekers, for the job agency. BSNs go only in request bodies; everything after registration uses the pseudonym.</summary>
public interface IJobSeekersApi
{
    /// <summary>Registers or updates a job seeker; the receipt holds the pseudonym that stands for the BSN from now on.</summary>
    [Post("/api/v1/job-seekers")]
    Task<JobSeekerReceipt> RegisterAsync([Body] JobSeekerRequest jobSeeker, [Header(HubHeaders.IdempotencyKey)] string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>Takes a job seeker out of matching (found work, moved, consent revoked); open proposals lapse.</summary>
    [Post("/api/v1/job-seekers/withdrawals")]
    Task<JobSeekerReceipt> WithdrawAsync([Body] WithdrawalRequest withdrawal, [Header(HubHeaders.IdempotencyKey)] string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// The job seekers you registered, newest first (by their latest registration or update), at most 200, each under
    /// your own pseudonym with the number of proposals made to them; withdrawn ones are listed as withdrawn.
    /// </summary>
    [Get("/api/v1/job-seekers")]
    Task<JobSeekerList> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The proposals made to one of your job seekers, with their reasons.</summary>
    [Get("/api/v1/job-seekers/{subjectPseudonym}/proposals")]
    Task<JobSeekerProposals> GetProposalsAsync(string subjectPseudonym, CancellationToken cancellationToken = default);
}
