using System.Text.Json;
using Hub.Gateway.Commands;
using Hub.Gateway.Idempotency;
using Hub.Gateway.JobSeekers;
using Hub.Gateway.Partners;
using Hub.Gateway.Publishing;
using Hub.Gateway.Vacancies;
using Hub.JobMatching.JobSeekers;
using Hub.JobMatching.Storage;
using Hub.Pseudonymisation;
using Wolverine;

namespace Hub.LoadTests.Peer;

/// <summary>The gateway's routes the harness uses, answering what Hub.Client expects, with the gateway's validation and ids.</summary>
public static class PeerEndpoints
{
    public static IEndpointRouteBuilder MapPeerEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/health/ready", () => TypedResults.Ok());
        routes.MapPost("/api/v1/vacancies", PublishVacancyAsync).RequireAuthorization(PartnerPolicies.VacancyOwner);
        routes.MapGet("/api/v1/vacancies/{vacancyId:guid}/proposals", ReadProposalsAsync).RequireAuthorization(PartnerPolicies.VacancyOwner);
        routes.MapPost("/api/v1/job-seekers", RegisterJobSeekerAsync).RequireAuthorization(PartnerPolicies.JobAgency);
        return routes;
    }

    /// <summary>
    /// Validates, then in one transaction records the Idempotency-Key with its answer and stores VacancyPublished in
    /// Wolverine's outbox; a repeated key replays the first answer (or 422 for another body under the same key).
    /// </summary>
    private static async Task<IResult> PublishVacancyAsync(VacancyRequest request, HttpContext http, IMessageBus bus, PeerStore store,
        RequestFingerprint fingerprints, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = VacancyValidator.Validate(request, DateOnly.FromDateTime(now));
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var partnerId = http.User.PartnerIdOf();
        var idempotencyKey = http.Request.Headers[IdempotencyKey.Header].ToString();
        var vacancyId = IdempotentIds.For(http, "vacancy");
        var accepted = new VacancyAccepted(vacancyId, vacancyId, CommandLog.Pending);
        var answer = JsonSerializer.Serialize(accepted, JsonSerializerOptions.Web);

        await using var transaction = await store.BeginAsync(bus, cancellationToken);
        if (idempotencyKey.Length > 0)
        {
            var keyHash = fingerprints.OfKey(idempotencyKey);
            var requestHash = fingerprints.Of("POST", http.Request.Path, JsonSerializer.SerializeToUtf8Bytes(request, JsonSerializerOptions.Web));
            if (!await transaction.TryRecordIdempotencyAsync(partnerId, keyHash, requestHash, answer, cancellationToken))
            {
                var first = await transaction.FindIdempotencyAsync(partnerId, keyHash, cancellationToken);
                return first?.RequestHash == requestHash
                    ? TypedResults.Text(first.Value.ResponseBody, "application/json", statusCode: StatusCodes.Status202Accepted)
                    : TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency-Key reused for another request");
            }
        }
        await bus.PublishAsync(VacancyValidator.ToMessage(request, vacancyId, partnerId, now));
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Accepted((string?)null, accepted);
    }

    private static async Task<IResult> ReadProposalsAsync(Guid vacancyId, HttpContext http, PeerStore store, CancellationToken cancellationToken)
    {
        var proposals = await store.ProposalsForAsync(vacancyId, http.User.PartnerIdOf(), cancellationToken);
        return TypedResults.Ok(new
        {
            vacancyId,
            proposals = proposals.Select(p => new
            {
                proposalId = p.Id, vacancyId, subjectPseudonym = p.SubjectPseudonym, rank = p.Rank, isPriority = p.IsPriority,
                score = p.Score, reasons = p.Reasons, status = p.Status.ToString().ToLowerInvariant(), proposedAt = p.ProposedAt,
            }),
        });
    }

    /// <summary>Stores the seeker as job matching would from the gateway's JobSeekerRegistered, and puts them in the engine.</summary>
    private static async Task<IResult> RegisterJobSeekerAsync(JobSeekerRequest request, HttpContext http, Pseudonymiser pseudonyms, PeerStore store,
        PeerMatching matching, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = JobSeekerValidator.Validate(request, DateOnly.FromDateTime(now));
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var partnerId = http.User.PartnerIdOf();
        var subject = pseudonyms.SubjectOf(request.Bsn!);
        var registered = JobSeekerValidator.ToMessage(request, subject, partnerId, now);
        var seeker = new JobSeeker { SubjectPseudonym = subject, JobAgencyId = partnerId, Postcode = registered.Postcode };
        JobSeekerRegistry.Apply(registered, seeker, matching.Areas);
        await store.SaveJobSeekerAsync(seeker, cancellationToken);
        matching.Register(seeker);
        var commandId = IdempotentIds.For(http, $"job-seeker:{subject}");
        return TypedResults.Accepted((string?)null, new JobSeekerReceipt(pseudonyms.ForRecipient(partnerId, subject), commandId, CommandLog.Pending));
    }
}
