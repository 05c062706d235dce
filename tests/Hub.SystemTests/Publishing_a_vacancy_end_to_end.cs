using System.Net;
using Hub.Client;
using Hub.Client.Models;
using Hub.Testing;
using Refit;
using Xunit.Abstractions;

namespace Hub.SystemTests;

[Collection(SystemCollection.Name)]
public sealed class Publishing_a_vacancy_end_to_end(SystemRig rig, ITestOutputHelper output)
{
    [Fact]
    public async Task Crosses_RabbitMQ_into_job_matching_and_reads_back_for_its_owner_only()
    {
        await using var hub = await HubServices.StartAsync(rig, output.WriteLine, Path.GetTempPath());
        var employer = hub.ClientFor(SampleVacancies.EmployerKey);

        var receipt = await employer.Vacancies.PublishAsync(SampleVacancies.Request("Monteur end-to-end"));

        Assert.Equal(HttpStatusCode.Accepted, employer.LastStatus);
        Assert.Equal("pending", receipt.Status);
        Assert.Equal($"/api/v1/commands/{receipt.CommandId}", employer.LastLocation);
        var outcome = await employer.Commands.WaitForOutcomeAsync(receipt.CommandId, TimeSpan.FromSeconds(60));
        Assert.Equal(("applied", "vacancy-published"), (outcome.Status, outcome.Kind));
        VacancyDetails? vacancy = null;
        await Eventually.True(async () => (vacancy = await HubPartner.Found(() => employer.Vacancies.GetAsync(receipt.VacancyId))) is not null,
            "the vacancy is readable through the gateway");
        Assert.Equal(receipt.VacancyId, vacancy!.VacancyId);
        Assert.Equal("Monteur end-to-end", vacancy.Title);
        Assert.Equal("8925AB", vacancy.Postcode);
        Assert.Equal(SampleVacancies.EmployerId, vacancy.EmployerId);
        Assert.Equal("open", vacancy.Status);

        var stranger = await Assert.ThrowsAnyAsync<ApiException>(() => hub.ClientFor(SampleVacancies.OtherPartnerKey).Vacancies.GetAsync(receipt.VacancyId));
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
    }

    [Fact]
    public async Task Runs_on_durable_quorum_queues()
    {
        await using var hub = await HubServices.StartAsync(rig, output.WriteLine, Path.GetTempPath());

        var queues = (await rig.Broker.RabbitMqCtlAsync("list_queues", "-p", hub.VirtualHost, "-q", "--no-table-headers", "name", "type", "durable"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t', StringSplitOptions.TrimEntries))
            .ToDictionary(cols => cols[0], cols => (Type: cols[1], Durable: cols[2]));

        Assert.Equal(("quorum", "true"), queues["vacancy-published"]);
        Assert.Equal(("quorum", "true"), queues["get-vacancy"]);
    }
}
