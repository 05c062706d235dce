using System.Globalization;
using System.Text.Json;
using Hub.Contracts.Matching;
using Hub.PartnerSimulator;
using Hub.Schools;
using Hub.Schools.Storage;
using Hub.Testing;
using Xunit.Abstractions;

namespace Hub.PartnerServices.Tests;

public sealed class Returning_proposals_to_a_school(ITestOutputHelper output) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("hub-schools-proposals-").FullName;

    [Fact]
    public async Task A_proposal_for_an_imported_student_reaches_the_school_under_its_own_student_number_and_no_other_does()
    {
        await using var school = await SimulatedPartner.StartAsync("school-webhook-secret-0123456789abcdefghij");
        var drop = Directory.CreateDirectory(Path.Combine(_directory, "drop")).FullName;
        await using var host = new AdapterHost<SchoolsDb>(_directory, new Dictionary<string, string?>
        {
            ["Hub:Schools:Partners:0:OrganisationId"] = SampleExports.FriesePoort.OrganisationId,
            ["Hub:Schools:Partners:0:Role"] = "school",
            ["Hub:Schools:Partners:0:DropFolder"] = drop,
            ["Hub:Schools:Partners:0:WebhookUrl"] = school.WebhookUrl.ToString(),
            ["Hub:Schools:Partners:0:WebhookSecret"] = school.Secret,
            ["Hub:Schools:Import:PollInterval"] = "00:00:00.200",
        }, builder => builder.AddSchools(), bus => bus.AddSchoolsConsumers(), output: output);
        await host.StartAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await DropFolders.DropAsync(drop, "students-today.csv", string.Create(CultureInfo.InvariantCulture, $"""
            leerling_nummer;bsn;postcode;beroepen;uren_min;uren_max;beschikbaar_vanaf;max_reisafstand_km;niveau;vaardigheden;bbl_uiterlijk;baangarantie;toestemming_delen
            FP-L-77;659884045;8924 BB;7126;24;36;{today:yyyy-MM-dd};15;mbo-2;;{today.AddDays(200):yyyy-MM-dd};nee;ja
            """));
        await Eventually.True(() => !File.Exists(Path.Combine(drop, "students-today.csv")), "the student export was not imported");

        var forStudent = Proposal(SampleExports.Pseudonymiser.SubjectOf("659884045"));
        var forSomeoneElse = Proposal(SampleExports.Pseudonymiser.SubjectOf("547725814"));
        await host.Harness.Bus.Publish(forSomeoneElse);
        await host.Harness.Bus.Publish(forStudent);

        await Eventually.True(() => school.Received.Count == 1, "the school did not get its student's proposal");
        await Eventually.True(() => host.Harness.Consumed.Select<ProposalMade>().Count() == 2, "both proposals were not consumed");
        var received = Assert.Single(school.Received);
        Assert.Equal(("student-proposal-made", forStudent.ProposalId), (received.Event, received.DeliveryId));
        var data = JsonDocument.Parse(received.Body).RootElement.GetProperty("data");
        Assert.Equal("FP-L-77", data.GetProperty("studentNumber").GetString());
        Assert.Equal(forStudent.VacancyId, data.GetProperty("vacancyId").GetGuid());
        Assert.False(data.TryGetProperty("subjectPseudonym", out _), "the school knows its student by its own number");
    }

    private static ProposalMade Proposal(string pseudonym) => new()
    {
        ProposalId = Guid.NewGuid(),
        VacancyId = Guid.NewGuid(),
        EmployerId = "00000001820029336000",
        SubjectPseudonym = pseudonym,
        IsPriority = true,
        Score = 87,
        Reasons = ["priority: student who needs a learn-work place"],
        ProposedAt = DateTime.UtcNow,
    };

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { /* SQLite may still close its files */ }
    }
}
