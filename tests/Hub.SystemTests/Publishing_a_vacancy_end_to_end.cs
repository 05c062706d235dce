using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace Hub.SystemTests;

[Collection(SystemCollection.Name)]
public sealed class Publishing_a_vacancy_end_to_end(HubRig rig, ITestOutputHelper output)
{
    [Fact]
    public async Task Crosses_RabbitMQ_into_job_matching_and_reads_back_for_its_owner_only()
    {
        await using var hub = await HubServices.StartAsync(rig, output, Path.GetTempPath());
        var employer = hub.ClientFor(SampleVacancies.EmployerKey);

        var posted = await employer.PostAsJsonAsync("/api/v1/vacancies", SampleVacancies.Request("Monteur end-to-end"));

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var location = posted.Headers.Location!.ToString();
        JsonElement vacancy = default;
        await Eventually.True(async () =>
        {
            var read = await employer.GetAsync(location);
            if (read.StatusCode != HttpStatusCode.OK)
            {
                return false;
            }
            vacancy = await read.Content.ReadFromJsonAsync<JsonElement>();
            return true;
        }, "the vacancy is readable through the gateway");
        Assert.Equal("Monteur end-to-end", vacancy.GetProperty("title").GetString());
        Assert.Equal("8925AB", vacancy.GetProperty("postcode").GetString());
        Assert.Equal(SampleVacancies.EmployerId, vacancy.GetProperty("employerId").GetString());
        Assert.Equal("open", vacancy.GetProperty("status").GetString());

        var stranger = await hub.ClientFor(SampleVacancies.OtherPartnerKey).GetAsync(location);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
    }

    [Fact]
    public async Task Runs_on_durable_quorum_queues()
    {
        await using var hub = await HubServices.StartAsync(rig, output, Path.GetTempPath());

        var queues = (await rig.Broker.RabbitMqCtlAsync("list_queues", "-p", hub.VirtualHost, "-q", "--no-table-headers", "name", "type", "durable"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t', StringSplitOptions.TrimEntries))
            .ToDictionary(cols => cols[0], cols => (Type: cols[1], Durable: cols[2]));

        Assert.Equal(("quorum", "true"), queues["vacancy-published"]);
        Assert.Equal(("quorum", "true"), queues["get-vacancy"]);
    }
}
