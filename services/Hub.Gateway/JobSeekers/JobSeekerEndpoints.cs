using Hub.Gateway.Proposals;
using Bus = Hub.Contracts.Matching;

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
        seekers.MapGet("/", List)
            .WithName("ListJobSeekers")
            .WithSummary("List the job seekers you registered, newest first (by their latest registration or update), at most 200, each under your own pseudonym with the number of proposals made to them; withdrawn ones are listed as withdrawn.");
        seekers.MapPost("/", (JobSeekerRequest request, HttpContext http, Pseudonymiser pseudonyms, ConfirmedPublisher publisher, TimeProvider clock, CancellationToken ct) =>
                Register(request, http, pseudonyms, publisher, clock, ct))
            .Validates<JobSeekerRequest>(JobSeekerValidator.Validate)
            .WithName("RegisterJobSeeker")
            .WithSummary("Register or update a job seeker; answers with the pseudonym that stands for the BSN from now on.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        seekers.MapPost("/withdrawals", Withdraw)
            .Validates<WithdrawalRequest>(JobSeekerValidator.Validate)
            .WithName("WithdrawJobSeeker")
            .WithSummary("Take a job seeker out of matching (found work, moved, consent revoked); open proposals lapse.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        seekers.MapGet("/{subjectPseudonym}/proposals", Proposals)
            .WithName("GetJobSeekerProposals")
            .WithSummary("Read the proposals made to one of your job seekers, with their reasons.")
            .ProducesValidationProblem();

        var students = routes.MapGroup("/api/v1/students").WithTags("Students").RequireAuthorization(PartnerPolicies.School);
        students.MapGet("/", List)
            .WithName("ListStudents")
            .WithSummary("List the students you registered, newest first (by their latest registration or update), at most 200, each under your own pseudonym with the number of proposals made to them; withdrawn ones are listed as withdrawn.");
        students.MapPost("/", (StudentRequest request, HttpContext http, Pseudonymiser pseudonyms, ConfirmedPublisher publisher, TimeProvider clock, CancellationToken ct) =>
                Register(request.AsJobSeeker(), http, pseudonyms, publisher, clock, ct))
            .Validates<StudentRequest>((request, today) => JobSeekerValidator.Validate(request.AsJobSeeker(), today))
            .WithName("RegisterStudent")
            .WithSummary("Register a student who needs a learn-work (BBL) place or a first job; matched with the job-guarantee priority.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        students.MapPost("/withdrawals", Withdraw)
            .Validates<WithdrawalRequest>(JobSeekerValidator.Validate)
            .WithName("WithdrawStudent")
            .WithSummary("Take a student out of matching; open proposals lapse.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        students.MapGet("/{subjectPseudonym}/proposals", Proposals)
            .WithName("GetStudentProposals")
            .WithSummary("Read the proposals made to one of your students, with their reasons.")
            .ProducesValidationProblem();
        return routes;
    }

    private static Task<Accepted<JobSeekerReceipt>> Register(
        JobSeekerRequest request, HttpContext http, Pseudonymiser pseudonyms, ConfirmedPublisher publisher, TimeProvider clock, CancellationToken cancellationToken)
    {
        var partnerId = http.User.PartnerIdOf();
        var subject = pseudonyms.SubjectOf(request.Bsn!);
        return publisher.AcceptAsync(JobSeekerValidator.ToMessage(request, subject, partnerId, clock.GetUtcNow().UtcDateTime), IdempotentIds.For(http, $"job-seeker:{subject}"),
            (commandId, status) => new JobSeekerReceipt(pseudonyms.ForRecipient(partnerId, subject), commandId, status), cancellationToken);
    }

    private static Task<Accepted<JobSeekerReceipt>> Withdraw(
        WithdrawalRequest request, HttpContext http, Pseudonymiser pseudonyms, ConfirmedPublisher publisher, TimeProvider clock, CancellationToken cancellationToken)
    {
        var partnerId = http.User.PartnerIdOf();
        var subject = pseudonyms.SubjectOf(request.Bsn!);
        return publisher.AcceptAsync(JobSeekerValidator.ToMessage(request, subject, partnerId, clock.GetUtcNow().UtcDateTime), IdempotentIds.For(http, $"job-seeker-withdrawal:{subject}"),
            (commandId, status) => new JobSeekerReceipt(pseudonyms.ForRecipient(partnerId, subject), commandId, status), cancellationToken);
    }

    /// <summary>The caller's own registrations, each under the caller's own pseudonym: the Hub-wide one stays inside the Hub.</summary>
    private static async Task<Ok<JobSeekerList>> List(
        HttpContext http, Pseudonymiser pseudonyms, IRequestClient<Bus.GetJobSeekers> client, IOptions<GatewayOptions> options, CancellationToken cancellationToken)
    {
        var partnerId = http.User.PartnerIdOf();
        var response = await client.GetResponse<Bus.JobSeekerList>(new Bus.GetJobSeekers { RequestedBy = partnerId }, cancellationToken, options.Value.ReadTimeout);
        return TypedResults.Ok(new JobSeekerList
        {
            JobSeekers = [.. response.Message.JobSeekers.Select(s => s.ToResponse(pseudonyms.ForRecipient(partnerId, s.SubjectPseudonym)))],
        });
    }

    /// <summary>The partner names the subject by its own pseudonym; the Hub-wide one stays inside the Hub.</summary>
    private static async Task<Results<Ok<JobSeekerProposals>, ValidationProblem>> Proposals(
        string subjectPseudonym, HttpContext http, Pseudonymiser pseudonyms, IRequestClient<Bus.GetJobSeekerProposals> client, IOptions<GatewayOptions> options,
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
        var response = await client.GetResponse<Bus.JobSeekerProposals>(
            new Bus.GetJobSeekerProposals { SubjectPseudonym = subject, RequestedBy = partnerId },
            cancellationToken,
            options.Value.ReadTimeout);
        return TypedResults.Ok(new JobSeekerProposals
        {
            SubjectPseudonym = subjectPseudonym,
            Proposals = [.. response.Message.Proposals.Select(p => p.ToResponse(subjectPseudonym))],
        });
    }
}
