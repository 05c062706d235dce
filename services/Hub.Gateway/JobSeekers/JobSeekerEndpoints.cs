using Hub.Contracts.Matching;
using Hub.Gateway.Commands;
using Hub.Gateway.Partners;
using Hub.Gateway.Publishing;
using Hub.Pseudonymisation;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.JobSeekers;

/// <summary>
/// Job seekers (job agency) and students (schools). BSNs arrive only in POST bodies and are
/// pseudonymised before anything is published; reads and answers use the pseudonym.
/// </summary>
public static class JobSeekerEndpoints
{
    public static IEndpointRouteBuilder MapJobSeekers(this IEndpointRouteBuilder routes)
    {
        var seekers = routes.MapGroup("/api/v1/job-seekers").WithTags("Job seekers").RequireAuthorization(PartnerPolicies.JobAgency);
        seekers.MapPost("/", (JobSeekerRequest request, HttpContext http, Pseudonymiser pseudonyms, ConfirmedPublisher publisher, TimeProvider clock, CancellationToken ct) =>
                Register(request, "/api/v1/job-seekers", http, pseudonyms, publisher, clock, ct))
            .WithName("RegisterJobSeeker")
            .WithSummary("Register or update a job seeker; answers with the pseudonym that stands for the BSN from now on.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        seekers.MapPost("/withdrawals", Withdraw)
            .WithName("WithdrawJobSeeker")
            .WithSummary("Take a job seeker out of matching (found work, moved, consent revoked); open proposals lapse.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        seekers.MapGet("/{subjectPseudonym}/proposals", Proposals)
            .WithName("GetJobSeekerProposals")
            .WithSummary("Read the proposals made to one of your job seekers, with their reasons.")
            .ProducesValidationProblem();

        var students = routes.MapGroup("/api/v1/students").WithTags("Students").RequireAuthorization(PartnerPolicies.School);
        students.MapPost("/", (StudentRequest request, HttpContext http, Pseudonymiser pseudonyms, ConfirmedPublisher publisher, TimeProvider clock, CancellationToken ct) =>
                Register(request.AsJobSeeker(), "/api/v1/students", http, pseudonyms, publisher, clock, ct))
            .WithName("RegisterStudent")
            .WithSummary("Register a student who needs a learn-work (BBL) place or a first job; matched with the job-guarantee priority.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        students.MapPost("/withdrawals", Withdraw)
            .WithName("WithdrawStudent")
            .WithSummary("Take a student out of matching; open proposals lapse.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        students.MapGet("/{subjectPseudonym}/proposals", Proposals)
            .WithName("GetStudentProposals")
            .WithSummary("Read the proposals made to one of your students, with their reasons.")
            .ProducesValidationProblem();
        return routes;
    }

    private static async Task<Results<Accepted<JobSeekerReceipt>, ValidationProblem>> Register(
        JobSeekerRequest request, string basePath, HttpContext http, Pseudonymiser pseudonyms, ConfirmedPublisher publisher, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = JobSeekerValidator.Validate(request, DateOnly.FromDateTime(now.UtcDateTime));
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var partnerId = http.User.PartnerIdOf();
        var subject = pseudonyms.SubjectOf(request.Bsn!);
        var messageId = IdempotentIds.For(http, $"job-seeker:{subject}");
        await publisher.PublishAsync(JobSeekerValidator.ToMessage(request, subject, partnerId, now.UtcDateTime), messageId, cancellationToken);
        return TypedResults.Accepted(CommandLog.LocationOf(messageId), new JobSeekerReceipt(pseudonyms.ForRecipient(partnerId, subject), messageId, CommandLog.Pending));
    }

    private static async Task<Results<Accepted<JobSeekerReceipt>, ValidationProblem>> Withdraw(
        WithdrawalRequest request, HttpContext http, Pseudonymiser pseudonyms, ConfirmedPublisher publisher, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = JobSeekerValidator.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var partnerId = http.User.PartnerIdOf();
        var subject = pseudonyms.SubjectOf(request.Bsn!);
        var messageId = IdempotentIds.For(http, $"job-seeker-withdrawal:{subject}");
        await publisher.PublishAsync(JobSeekerValidator.ToMessage(request, subject, partnerId, clock.GetUtcNow().UtcDateTime), messageId, cancellationToken);
        return TypedResults.Accepted(CommandLog.LocationOf(messageId), new JobSeekerReceipt(pseudonyms.ForRecipient(partnerId, subject), messageId, CommandLog.Pending));
    }

    /// <summary>The partner names the subject by its own pseudonym; the Hub-wide one stays inside the Hub.</summary>
    private static async Task<Results<Ok<JobSeekerProposals>, ValidationProblem>> Proposals(
        string subjectPseudonym, HttpContext http, Pseudonymiser pseudonyms, IRequestClient<GetJobSeekerProposals> client, IOptions<GatewayOptions> options,
        CancellationToken cancellationToken)
    {
        var partnerId = http.User.PartnerIdOf();
        if (pseudonyms.SubjectFor(partnerId, subjectPseudonym) is not { } subject)
        {
            // The value is not echoed: a caller may have put a BSN here by mistake.
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["subjectPseudonym"] = ["Use the subject pseudonym from the registration answer (pr- and 32 hex digits), never a BSN."],
            });
        }
        var response = await client.GetResponse<JobSeekerProposals>(
            new GetJobSeekerProposals { SubjectPseudonym = subject, RequestedBy = partnerId },
            cancellationToken,
            options.Value.ReadTimeout);
        return TypedResults.Ok(response.Message with
        {
            SubjectPseudonym = subjectPseudonym,
            Proposals = [.. response.Message.Proposals.Select(p => p with { SubjectPseudonym = subjectPseudonym })],
        });
    }
}
