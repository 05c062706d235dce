using System.Text.Json;
using Hub.Contracts.Commands;
using Hub.Contracts.Matching;
using Hub.Housing;
using Hub.Housing.Storage;
using Hub.PartnerIntegration.Delivery.Payloads;
using Hub.PartnerSimulator;
using Hub.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Hub.PartnerServices.Tests;

/// <summary>
/// A partner that sends its commands as an export file learns what became of each row as an API partner does: a row the
/// deciding service refused comes back to its webhook as <c>command-refused</c>, with the file, the line and the reason.
/// </summary>
public sealed class Reporting_refused_rows_to_the_partner(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("hub-housing-refusals-").FullName;

    private string DropFolder => Path.Combine(_directory, "drop");

    [Fact]
    public async Task A_refused_row_goes_to_the_webhook_with_its_file_line_and_reason_and_an_applied_one_does_not()
    {
        await using var partner = await SimulatedPartner.StartAsync("elkien-webhook-secret-0123456789abcdef");
        await using var host = Start(partner);
        await host.StartAsync();
        await DropFolders.DropAsync(DropFolder, "vacancies-2026-12-03.csv", GeneratedExports.Vacancies(2));
        await Eventually.True(() => host.Harness.Published.Select<VacancyPublished>().Count() == 2, "both rows were published");
        var published = host.Harness.Published.Select<VacancyPublished>().ToDictionary(m => m.Context.Message.Title, m => m.Context.MessageId!.Value);
        var (first, second) = (published["Leerling-monteur 1"], published["Leerling-monteur 2"]);

        await host.Harness.Bus.Publish(Decided(first, CommandOutcomes.Applied, null, null));
        await host.Harness.Bus.Publish(Decided(second, CommandOutcomes.Refused, CommandReasons.WrongState, "The vacancy is withdrawn; it takes no new version."));
        // A decision about a command this adapter did not import (an API partner's) is none of its business.
        await host.Harness.Bus.Publish(Decided(Guid.NewGuid(), CommandOutcomes.Refused, CommandReasons.NotYours, "The vacancy belongs to another partner."));

        await Eventually.True(() => partner.Received.Any(d => d.Event == CommandRefusedV1.Event), "the refusal reached the partner's webhook");
        await Eventually.True(async () => await host.Query(db => db.ImportedCommands.CountAsync()) == 0, "both decided commands are forgotten");
        var refusal = Assert.Single(partner.Received);
        Assert.Equal(second, refusal.DeliveryId);
        var data = JsonDocument.Parse(refusal.Body).RootElement.GetProperty("data");
        Assert.Equal(second, data.GetProperty("commandId").GetGuid());
        Assert.Equal("vacancies-2026-12-03.csv", data.GetProperty("export").GetString());
        Assert.Equal(3, data.GetProperty("line").GetInt32()); // the header is line 1
        Assert.Equal("vacancies", data.GetProperty("kind").GetString());
        Assert.Equal(CommandReasons.WrongState, data.GetProperty("reason").GetString());
        Assert.Equal("The vacancy is withdrawn; it takes no new version.", data.GetProperty("detail").GetString());
        Assert.Equal(0, partner.BadSignatures);
    }

    private static CommandDecided Decided(Guid command, string outcome, string? reason, string? detail) => new()
    {
        CommandId = command,
        Outcome = outcome,
        Reason = reason,
        Detail = detail,
        DecidedBy = "Hub.JobMatching",
        DecidedAt = DateTime.UtcNow,
    };

    private AdapterHost<HousingDb> Start(SimulatedPartner partner) =>
        new(_directory, new Dictionary<string, string?>
        {
            ["Hub:Housing:Partners:0:OrganisationId"] = SampleExports.Elkien.OrganisationId,
            ["Hub:Housing:Partners:0:Role"] = SampleExports.Elkien.Role,
            ["Hub:Housing:Partners:0:DropFolder"] = DropFolder,
            ["Hub:Housing:Partners:0:WebhookUrl"] = partner.WebhookUrl.ToString(),
            ["Hub:Housing:Partners:0:WebhookSecret"] = partner.Secret,
            ["Hub:Housing:Import:PollInterval"] = "00:00:00.200",
            ["Hub:Housing:Delivery:IdlePoll"] = "00:00:00.500",
        }, builder => builder.AddHousing(), bus => bus.AddHousingConsumers(), output: output);

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { /* SQLite may still close its files */ }
    }
}
