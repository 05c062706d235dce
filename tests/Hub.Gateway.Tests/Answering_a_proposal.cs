using System.Net;
using Hub.Contracts.Matching;

namespace Hub.Gateway.Tests;

public sealed class Answering_a_proposal(GatewayApplication app) : IClassFixture<GatewayApplication>
{
    private static string PathFor(Guid proposalId) => $"/api/v1/proposals/{proposalId}/answer";

    private ProposalAnswered? PublishedFor(Guid proposalId) =>
        app.Harness.Published.Select<ProposalAnswered>(m => m.Context.Message.ProposalId == proposalId).SingleOrDefault()?.Context.Message;

    [Fact]
    public async Task An_acceptance_is_published_with_the_contact_for_the_employer()
    {
        var proposalId = Guid.NewGuid();

        var response = await app.ClientFor(GatewayApplication.JobAgencyKey).PostJson(PathFor(proposalId),
            new { accepted = true, contact = new { name = "Sanne de Vries", phone = "06-1234 5678", email = "sanne@example.nl" } });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var answered = PublishedFor(proposalId)!;
        Assert.True(answered.Accepted);
        Assert.Equal(GatewayApplication.JobAgencyId, answered.JobAgencyId);
        Assert.Equal(new ProposalContact { Name = "Sanne de Vries", Phone = "0612345678", Email = "sanne@example.nl" }, answered.Contact);
    }

    [Fact]
    public async Task A_decline_is_published_without_contact()
    {
        var proposalId = Guid.NewGuid();

        var response = await app.ClientFor(GatewayApplication.JobAgencyKey).PostJson(PathFor(proposalId), new { accepted = false });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var answered = PublishedFor(proposalId)!;
        Assert.False(answered.Accepted);
        Assert.Null(answered.Contact);
    }

    public static TheoryData<string, string> BadAnswers => new()
    {
        { """{"accepted":true}""", "contact" },
        { """{"accepted":false,"contact":{"name":"Sanne de Vries","phone":"0612345678"}}""", "contact" },
        { """{"contact":{"name":"Sanne de Vries","phone":"0612345678"}}""", "accepted" },
        { """{"accepted":true,"contact":{"name":"Sanne de Vries"}}""", "contact" },
        { """{"accepted":true,"contact":{"name":"","phone":"0612345678"}}""", "contact.name" },
        { $$$"""{"accepted":true,"contact":{"name":"{{{new string('a', 101)}}}","phone":"0612345678"}}""", "contact.name" },
        { """{"accepted":true,"contact":{"name":"<script>","phone":"0612345678"}}""", "contact.name" },
        { """{"accepted":true,"contact":{"name":"Sanne","phone":"12345"}}""", "contact.phone" },
        { """{"accepted":true,"contact":{"name":"Sanne","email":"sanne-at-example"}}""", "contact.email" },
        { """{"accepted":"yes"}""", "accepted" },
    };

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public async Task Answers_400_naming_the_field_and_publishes_nothing(string body, string field)
    {
        var proposalId = Guid.NewGuid();

        var response = await app.ClientFor(GatewayApplication.JobAgencyKey).PostAsync(PathFor(proposalId), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.ErrorFields());
        Assert.Null(PublishedFor(proposalId));
    }

    [Fact]
    public async Task A_school_answers_for_its_student()
    {
        var proposalId = Guid.NewGuid();

        var response = await app.ClientFor(GatewayApplication.SchoolKey).PostJson(PathFor(proposalId), new { accepted = false });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(GatewayApplication.SchoolId, PublishedFor(proposalId)!.JobAgencyId);
    }

    [Theory]
    [InlineData(GatewayApplication.EmployerKey)]
    [InlineData(GatewayApplication.MunicipalityKey)]
    public async Task Is_forbidden_for_employers_and_others(string apiKey)
    {
        var proposalId = Guid.NewGuid();

        var response = await app.ClientFor(apiKey).PostJson(PathFor(proposalId), new { accepted = false });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(PublishedFor(proposalId));
    }

    [Fact]
    public async Task Keeps_its_message_id_per_proposal_when_retried_with_the_same_idempotency_key()
    {
        var proposalId = Guid.NewGuid();
        var agency = app.ClientFor(GatewayApplication.JobAgencyKey);

        var responses = new[]
        {
            await agency.PostJson(PathFor(proposalId), new { accepted = false }, idempotencyKey: "answer-1"),
            await agency.PostJson(PathFor(proposalId), new { accepted = false }, idempotencyKey: "answer-1"),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        // The harness records a message id once: two ids would show up as two entries.
        Assert.Single(app.Harness.Published.Select<ProposalAnswered>(m => m.Context.Message.ProposalId == proposalId));
    }

    [Fact]
    public async Task Refuses_an_idempotency_key_reused_for_another_proposal()
    {
        var agency = app.ClientFor(GatewayApplication.JobAgencyKey);
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        await agency.PostJson(PathFor(first), new { accepted = false }, idempotencyKey: "answer-reused");

        var response = await agency.PostJson(PathFor(second), new { accepted = false }, idempotencyKey: "answer-reused");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(["Idempotency-Key"], await response.ErrorFields());
        Assert.Null(PublishedFor(second));
    }
}
