using System.Net;
using System.Net.Http.Json;
using Hub.Contracts.Commands;
using Hub.Gateway.Commands;
using Hub.Gateway.Vacancies;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Gateway.Tests;

/// <summary>
/// A 202 is a promise: its Location is where the partner reads what became of the command, pending until the deciding
/// service says applied or refused (the decision arrives as CommandDecided; here the tests publish it as a service would).
/// </summary>
public sealed class Learning_what_became_of_a_command(GatewayApplication app) : IClassFixture<GatewayApplication>
{
    [Fact]
    public async Task Is_pending_at_the_202s_location_until_decided_then_refused_with_the_reason()
    {
        var employer = app.ClientFor(GatewayApplication.EmployerKey);
        var posted = await employer.PostAsJsonAsync("/api/v1/vacancies", Posting_a_vacancy.ValidVacancy("Awaiting its outcome"));
        var accepted = (await posted.Content.ReadFromJsonAsync<VacancyAccepted>())!;

        var pending = await employer.GetFromJsonAsync<CommandStatus>(posted.Headers.Location);
        Assert.Equal((accepted.CommandId, "vacancy-published", "pending"), (pending!.CommandId, pending.Kind, pending.Status));

        await Decide(accepted.CommandId, CommandOutcomes.Refused, CommandReasons.WrongState, "The vacancy is withdrawn; it takes no new version.");
        var refused = await WaitForDecision(employer, accepted.CommandId);

        Assert.Equal(("refused", "wrong-state"), (refused.Status, refused.Reason));
        Assert.Equal("The vacancy is withdrawn; it takes no new version.", refused.Detail);
        Assert.NotNull(refused.DecidedAt);
    }

    [Fact]
    public async Task Keeps_the_first_decision()
    {
        var employer = app.ClientFor(GatewayApplication.EmployerKey);
        var accepted = (await (await employer.PostAsJsonAsync("/api/v1/vacancies", Posting_a_vacancy.ValidVacancy("Decided once"))).Content.ReadFromJsonAsync<VacancyAccepted>())!;

        await Decide(accepted.CommandId, CommandOutcomes.Applied);
        await WaitForDecision(employer, accepted.CommandId);
        await Decide(accepted.CommandId, CommandOutcomes.Refused, CommandReasons.Stale, "late");
        await Hub.Testing.Eventually.True(() => Task.FromResult(app.Harness.Consumed.Select<CommandDecided>(m => m.Context.Message.Reason == CommandReasons.Stale && m.Context.Message.CommandId == accepted.CommandId).Any()),
            "the late decision arrived");

        Assert.Equal("applied", (await employer.GetFromJsonAsync<CommandStatus>($"/api/v1/commands/{accepted.CommandId}"))!.Status);
    }

    [Fact]
    public async Task Is_another_partners_to_read_never()
    {
        var employer = app.ClientFor(GatewayApplication.EmployerKey);
        var accepted = (await (await employer.PostAsJsonAsync("/api/v1/vacancies", Posting_a_vacancy.ValidVacancy("Mine to read"))).Content.ReadFromJsonAsync<VacancyAccepted>())!;

        var byOther = await app.ClientFor(GatewayApplication.HousingKey).GetAsync($"/api/v1/commands/{accepted.CommandId}");
        var unknown = await employer.GetAsync($"/api/v1/commands/{Guid.NewGuid()}");
        var anonymous = await app.ClientFor(null).GetAsync($"/api/v1/commands/{accepted.CommandId}");

        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_new_version_of_a_withdrawn_vacancy_is_refused_at_once_with_409_and_nothing_published()
    {
        var employer = app.ClientFor(GatewayApplication.EmployerKey);
        var accepted = (await (await employer.PostAsJsonAsync("/api/v1/vacancies", Posting_a_vacancy.ValidVacancy("Soon withdrawn"))).Content.ReadFromJsonAsync<VacancyAccepted>())!;
        await employer.PostAsync($"/api/v1/vacancies/{accepted.VacancyId}/withdrawal", null);
        await Hub.Testing.Eventually.True(() => Task.FromResult(app.Harness.Consumed.Select<Hub.Contracts.Matching.VacancyWithdrawn>(m => m.Context.Message.VacancyId == accepted.VacancyId).Any()),
            "job matching processed the withdrawal");
        var before = app.Harness.Published.Select<Hub.Contracts.Matching.VacancyPublished>().Count(m => m.Context.Message.VacancyId == accepted.VacancyId);

        var update = await employer.PutAsJsonAsync($"/api/v1/vacancies/{accepted.VacancyId}", Posting_a_vacancy.ValidVacancy("Reopened?"));

        Assert.Equal(HttpStatusCode.Conflict, update.StatusCode);
        Assert.Contains("wrong-state", await update.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, app.Harness.Published.Select<Hub.Contracts.Matching.VacancyPublished>().Count(m => m.Context.Message.VacancyId == accepted.VacancyId));
    }

    private async Task Decide(Guid commandId, string outcome, string? reason = null, string? detail = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IPublishEndpoint>().Publish(new CommandDecided
        {
            CommandId = commandId, Outcome = outcome, Reason = reason, Detail = detail, DecidedBy = "Hub.JobMatching", DecidedAt = DateTime.UtcNow,
        });
    }

    private static async Task<CommandStatus> WaitForDecision(HttpClient partner, Guid commandId)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var status = (await partner.GetFromJsonAsync<CommandStatus>($"/api/v1/commands/{commandId}"))!;
            if (status.Status != "pending")
            {
                return status;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"Command {commandId} is still pending.");
    }
}
