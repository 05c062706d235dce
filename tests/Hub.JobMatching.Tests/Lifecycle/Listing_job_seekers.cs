using Hub.Contracts.Matching;
using Hub.JobMatching.Storage;

namespace Hub.JobMatching.Tests.Lifecycle;

public sealed class Listing_job_seekers
{
    private const string SchoolId = "00000001824476093000";

    [Fact]
    public async Task Lists_only_the_partners_registrations_newest_first_with_status_and_the_proposals_made_to_each()
    {
        await using var hub = new MatchingHost();
        await hub.StartAsync();
        await hub.Send(Messages.Seeker("ps-earlier", "8924AB") with { RegisteredAt = DateTime.UtcNow.AddHours(-2) });
        await hub.Send(Messages.Seeker("ps-later", "8911AA", consent: false) with { RegisteredAt = DateTime.UtcNow.AddHours(-1) });
        await hub.Send(Messages.Seeker("ps-student", "8923AB") with { JobAgencyId = SchoolId, IsStudent = true, RegisteredAt = DateTime.UtcNow });
        await hub.Send(Messages.Vacancy());

        await hub.Send(new JobSeekerWithdrawn { SubjectPseudonym = "ps-earlier", JobAgencyId = MatchingHost.AgencyId, Reason = "found-work", WithdrawnAt = DateTime.UtcNow });

        var listed = await hub.JobSeekersOf(MatchingHost.AgencyId);
        // The withdrawal lapsed the proposal; it still counts as made. Without consent nobody is proposed.
        Assert.Equal([("ps-later", "active", 0), ("ps-earlier", "withdrawn", 1)], listed.Select(s => (s.SubjectPseudonym, s.Status, s.Proposals)));
        Assert.Equal(("8924AB", "7126", Messages.Today), (listed[1].Postcode, Assert.Single(listed[1].TargetOccupations), listed[1].AvailableFrom));
        Assert.Equal([("ps-student", 1)], (await hub.JobSeekersOf(SchoolId)).Select(s => (s.SubjectPseudonym, s.Proposals)));
        Assert.Empty(await hub.JobSeekersOf(MatchingHost.EmployerId));
    }

    [Fact]
    public async Task Lists_at_most_200_the_newest()
    {
        await using var hub = new MatchingHost();
        await hub.StartAsync();
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var subjects = Enumerable.Range(0, 203).Select(i => $"ps-bulk-{i:D3}").ToList();
        await hub.WithDatabase(async db =>
        {
            db.JobSeekers.AddRange(subjects.Select((subject, i) => new JobSeeker
            {
                SubjectPseudonym = subject, JobAgencyId = MatchingHost.AgencyId, Postcode = "8924AB", TargetOccupations = ["7126"],
                AvailableFrom = Messages.Today, RegisteredAt = start.AddMinutes(i),
            }));
            return await db.SaveChangesAsync();
        });

        var listed = await hub.JobSeekersOf(MatchingHost.AgencyId);

        Assert.Equal(subjects.AsEnumerable().Reverse().Take(200), listed.Select(s => s.SubjectPseudonym));
    }
}
