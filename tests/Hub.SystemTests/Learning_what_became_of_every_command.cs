using System.Net;
using Hub.Client;
using Hub.Client.Models;
using Hub.Testing;
using Refit;
using Xunit.Abstractions;

namespace Hub.SystemTests;

/// <summary>
/// Through the gateway, against the real services: every command a partner sends ends applied, or refused with a
/// reason its system can act on; the life-cycle rules hold (a withdrawn vacancy is not reopened, an outcome is final).
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class Learning_what_became_of_every_command(SystemRig rig, ITestOutputHelper output)
{
    private const string AgencyKey = "demo-jobagency-key-werkplein";
    private const string HousingKey = "demo-housing-key-elkien";
    private const string MunicipalityKey = "demo-municipality-key-leeuwarden";
    private const string PoliceKey = "demo-police-key-leeuwarden";
    // Example BSNs that pass the 11-check; they never leave the gateway.
    private const string SeekerBsn = "371365120";
    private const string TenantBsn = "223547463";

    [Fact]
    public async Task Applied_or_refused_with_the_reason_for_vacancies_proposals_and_deliveries()
    {
        await using var hub = await HubServices.StartAsync(rig, output.WriteLine, Path.GetTempPath(), withSignals: true);
        var employer = hub.ClientFor(SampleVacancies.EmployerKey);
        var housing = hub.ClientFor(HousingKey);
        var agency = hub.ClientFor(AgencyKey);
        var municipality = hub.ClientFor(MunicipalityKey);

        // Vacancies: applied; a withdrawal by another owner is not-yours; a second withdrawal is wrong-state; a new version of
        // the withdrawn vacancy is refused at once (409), so nothing reopens it.
        var posted = await employer.Vacancies.PublishAsync(SampleVacancies.Request("Monteur (commands)"));
        Assert.Equal("applied", (await Outcome(employer, posted.CommandId)).Status);
        Assert.Equal("not-yours", (await Outcome(housing, (await housing.Vacancies.WithdrawAsync(posted.VacancyId)).CommandId)).Reason);
        Assert.Equal("applied", (await Outcome(employer, (await employer.Vacancies.WithdrawAsync(posted.VacancyId)).CommandId)).Status);
        Assert.Equal("wrong-state", (await Outcome(employer, (await employer.Vacancies.WithdrawAsync(posted.VacancyId)).CommandId)).Reason);
        var reopen = await Assert.ThrowsAnyAsync<ApiException>(() => employer.Vacancies.UpdateAsync(posted.VacancyId, SampleVacancies.Request("Reopened?")));
        Assert.Equal(HttpStatusCode.Conflict, reopen.StatusCode);
        Assert.Equal("withdrawn", (await employer.Vacancies.GetAsync(posted.VacancyId)).Status);

        // Proposals: an answer to a proposal nobody made is not-found; a placement before the seeker accepted is wrong-state.
        var seeker = await agency.JobSeekers.RegisterAsync(SampleJobSeekers.Request(SeekerBsn, "8924 AB"));
        Assert.Equal("applied", (await Outcome(agency, seeker.CommandId)).Status);
        var open = await employer.Vacancies.PublishAsync(SampleVacancies.Request("Monteur (proposals)"));
        ProposalView proposal = null!;
        await Eventually.True(async () => (proposal = (await agency.JobSeekers.GetProposalsAsync(seeker.SubjectPseudonym)).Proposals.FirstOrDefault(p => p.VacancyId == open.VacancyId)!) is not null,
            "the seeker is proposed for the open vacancy");
        var nobodys = await agency.Proposals.AnswerAsync(Guid.NewGuid(), new ProposalAnswerRequest { Accepted = false });
        Assert.Equal(("refused", "not-found"), Decided(await Outcome(agency, nobodys.CommandId)));
        var early = await employer.Proposals.ReportPlacementAsync(proposal.ProposalId, new PlacementRequest { Hired = true, StartDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7)) });
        Assert.Equal(("refused", "wrong-state"), Decided(await Outcome(employer, early.CommandId)));
        var byOther = await housing.Proposals.ReportPlacementAsync(proposal.ProposalId, new PlacementRequest { Hired = false });
        Assert.Equal("not-yours", (await Outcome(housing, byOther.CommandId)).Reason);

        // Deliveries: the first outcome closes one; a second is wrong-state; another partner's report finds no such delivery.
        var raised = await housing.Signals.RaiseAsync(new SignalRequest
        {
            Bsn = TenantBsn,
            Category = "rent-arrears",
            Details = new Dictionary<string, string> { ["amount"] = "640.00", ["since"] = "2026-09-01" },
            OccurredOn = DateOnly.FromDateTime(DateTime.UtcNow),
        });
        Assert.Equal("applied", (await Outcome(housing, raised.CommandId)).Status);
        DeliveryView delivery = null!;
        await Eventually.True(async () => (delivery = (await municipality.Signals.GetDeliveriesAsync()).Deliveries
            .FirstOrDefault(d => d.Category == "rent-arrears" && d.Details.GetValueOrDefault("amount") == "640.00")!) is not null,
            "the debt team received the rent arrears");
        var first = await municipality.Signals.ReportOutcomeAsync(delivery.DeliveryId, new OutcomeRequest { Outcome = "help-started" });
        Assert.Equal("applied", (await Outcome(municipality, first.CommandId)).Status);
        var second = await municipality.Signals.ReportOutcomeAsync(delivery.DeliveryId, new OutcomeRequest { Outcome = "unjustified" });
        Assert.Equal(("refused", "wrong-state"), Decided(await Outcome(municipality, second.CommandId)));
        var police = hub.ClientFor(PoliceKey);
        var notTheirs = await police.Signals.ReportOutcomeAsync(delivery.DeliveryId, new OutcomeRequest { Outcome = "other" });
        Assert.Equal("not-found", (await Outcome(police, notTheirs.CommandId)).Reason);
        var unknownAck = await municipality.Signals.AcknowledgeAsync(new AcknowledgementRequest { DeliveryIds = [Guid.NewGuid()] });
        Assert.Equal("not-found", (await Outcome(municipality, unknownAck.CommandId)).Reason);

        // A partner reads its own commands only.
        Assert.Equal(HttpStatusCode.NotFound, (await Assert.ThrowsAnyAsync<ApiException>(() => housing.Commands.GetAsync(posted.CommandId))).StatusCode);
    }

    private static async Task<CommandStatus> Outcome(HubPartner partner, Guid commandId)
    {
        var status = await partner.Commands.WaitForOutcomeAsync(commandId, TimeSpan.FromSeconds(60));
        Assert.NotEqual("pending", status.Status);
        return status;
    }

    private static (string Status, string? Reason) Decided(CommandStatus status) => (status.Status, status.Reason);
}
