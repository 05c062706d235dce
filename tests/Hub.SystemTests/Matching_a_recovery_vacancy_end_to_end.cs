using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Testing;
using Xunit.Abstractions;

namespace Hub.SystemTests;

/// <summary>
/// The fast route to work over RabbitMQ: the job agency registers job seekers, an employer posts a
/// recovery vacancy, proposals appear with reasons, one is accepted and hired, and the area figures count it.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class Matching_a_recovery_vacancy_end_to_end(HubRig rig, ITestOutputHelper output)
{
    private const string AgencyKey = "demo-jobagency-key-werkplein";
    private const string MunicipalityKey = "demo-municipality-key-leeuwarden";
    // Example BSNs that pass the 11-check; they must never leave the gateway.
    private const string ResidentBsn = "111222333";
    private const string OutsiderBsn = "123456782";

    [Fact]
    public async Task Proposes_area_residents_first_and_counts_the_placement()
    {
        await using var hub = await HubServices.StartAsync(rig, output, Path.GetTempPath());
        var agency = hub.ClientFor(AgencyKey);
        var employer = hub.ClientFor(SampleVacancies.EmployerKey);

        var resident = await Register(agency, ResidentBsn, "8924 AB");
        var outsider = await Register(agency, OutsiderBsn, "8911 AA");
        var posted = await employer.PostAsJsonAsync("/api/v1/vacancies", SampleVacancies.Request("Monteur herstelbaan"));
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var proposalsPath = $"{posted.Headers.Location}/proposals";

        JsonElement[] proposals = [];
        await Eventually.True(async () =>
        {
            var read = await employer.GetAsync(proposalsPath);
            proposals = read.IsSuccessStatusCode ? [.. (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("proposals").EnumerateArray()] : [];
            return proposals.Length == 2;
        }, "both job seekers are proposed to the employer");
        Assert.Equal([resident, outsider], proposals.Select(p => p.GetProperty("subjectPseudonym").GetString()));
        Assert.Contains(proposals[0].GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("Leeuwarden Oost", StringComparison.Ordinal));
        Assert.All(proposals, p => Assert.Equal(JsonValueKind.Null, p.GetProperty("contact").ValueKind));

        var proposalId = proposals[0].GetProperty("proposalId").GetString();
        var answered = await agency.PostAsJsonAsync($"/api/v1/proposals/{proposalId}/answer",
            new { accepted = true, contact = new { name = "Example Resident", phone = "0612345678" } });
        Assert.Equal(HttpStatusCode.Accepted, answered.StatusCode);
        await Eventually.True(async () =>
        {
            var read = await employer.GetFromJsonAsync<JsonElement>(proposalsPath);
            return read.GetProperty("proposals")[0].GetProperty("contact") is { ValueKind: JsonValueKind.Object } contact
                && contact.GetProperty("name").GetString() == "Example Resident";
        }, "the employer sees the contact once the job seeker accepted");

        var placed = await employer.PostAsJsonAsync($"/api/v1/proposals/{proposalId}/placement", new { hired = true, startDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(14)) });
        Assert.Equal(HttpStatusCode.Accepted, placed.StatusCode);

        var municipality = hub.ClientFor(MunicipalityKey);
        await Eventually.True(async () =>
        {
            var figures = await municipality.GetFromJsonAsync<JsonElement>("/api/v1/figures/areas");
            return figures.GetProperty("rows").EnumerateArray().Any(row =>
                row.GetProperty("areaId").GetString() == "leeuwarden-oost" && row.GetProperty("placements").GetInt32() == 1);
        }, "the area figures count the placement");

        foreach (var service in new[] { hub.Gateway.OutputText, hub.JobMatching.OutputText })
        {
            Assert.Empty(BsnScanner.FindBsns(service));
        }
    }

    private static async Task<string> Register(HttpClient agency, string bsn, string postcode)
    {
        var response = await agency.PostAsJsonAsync("/api/v1/job-seekers", new
        {
            bsn,
            postcode,
            targetOccupations = new[] { "7126" },
            skills = new[] { "technisch inzicht" },
            languages = new[] { "nederlands" },
            licences = Array.Empty<string>(),
            hoursMin = 24,
            hoursMax = 36,
            availableFrom = DateOnly.FromDateTime(DateTime.UtcNow),
            maxTravelKm = 25,
            benefitType = "bijstand",
            benefitSince = DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(-14)),
            consentToShare = true,
        });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("subjectPseudonym").GetString()!;
    }
}
