using Hub.Client.Models;
using Refit;

namespace Hub.Client;

/// <summary>A resident's right of access, for the roles the signal policy allows (403 otherwise).</summary>
public interface ISubjectAccessApi
{
    /// <summary>
    /// Which organisation received which category of signal about the resident, when and on which basis, and their
    /// consents. A POST so that the BSN travels in the body; it changes nothing, so a retry is harmless.
    /// </summary>
    [Post("/api/v1/subject-access")]
    Task<SubjectDisclosures> RequestAsync([Body] SubjectAccessRequest request, CancellationToken cancellationToken = default);
}
