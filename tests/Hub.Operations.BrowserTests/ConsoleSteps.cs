using System.Text.Json;
using Hub.Client;
using Hub.Client.Models;
using Hub.Testing;
using Microsoft.Playwright;

namespace Hub.Operations.BrowserTests;

/// <summary>Steps the console tests share: a partner posting, waiting for the audit trail, reading the console's JSON API as the signed-in user.</summary>
internal static class ConsoleSteps
{
    public const string EmployerKey = "demo-employer-key-installatie-oost";
    public const string HousingKey = "demo-housing-key-elkien";

    public const string JobAgencyKey = "demo-jobagency-key-werkplein";

    public static async Task<Guid> PostVacancyAsync(ConsoleRig rig, string title, string postcode = "8925 AB", string occupation = "7126")
    {
        var accepted = await rig.Partner<IVacanciesApi>(EmployerKey).PublishAsync(new VacancyRequest
        {
            Title = title,
            OccupationCode = occupation,
            Postcode = postcode,
            HoursPerWeek = 32,
            Positions = 1,
            ClosingDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)),
            IsRecoveryJob = true,
        });
        return accepted.VacancyId;
    }

    /// <summary>The vacancy's proposals; none while job matching has not stored the vacancy yet (the publication is asynchronous).</summary>
    public static async Task<IReadOnlyList<ProposalView>> ProposalsOrNoneAsync(IProposalsApi employer, Guid vacancyId)
    {
        try
        {
            return (await employer.GetForVacancyAsync(vacancyId)).Proposals;
        }
        catch (Refit.ApiException notYet) when (notYet.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return [];
        }
    }

    /// <summary>GET on the console's API with the page's cookie; null on an error status.</summary>
    public static async Task<JsonElement?> ApiAsync(this IPage page, ConsoleRig rig, string path)
    {
        var response = await page.Context.APIRequest.GetAsync(rig.ConsoleUrl + "api/" + path);
        return response.Ok ? JsonDocument.Parse(await response.TextAsync()).RootElement.Clone() : null;
    }

    /// <summary>The message id of the vacancy's VacancyPublished, once its processing by <paramref name="stage"/> reached the audit trail.</summary>
    public static async Task<Guid> PublishedMessageAsync(this IPage page, ConsoleRig rig, Guid vacancyId, string stage)
    {
        Guid? messageId = null;
        await Eventually.True(async () =>
        {
            var found = await page.ApiAsync(rig, $"messages?businessId={vacancyId}&messageType=VacancyPublished&stage={stage}");
            messageId = found is { } list && list.GetArrayLength() > 0 ? list[0].GetProperty("messageId").GetGuid() : null;
            return messageId is not null;
        }, $"VacancyPublished of {vacancyId} {stage} in the audit trail", timeoutSeconds: 90);
        return messageId!.Value;
    }

    /// <summary>Waits until the failed message was imported from its error queue.</summary>
    public static Task FailureImportedAsync(this IPage page, ConsoleRig rig, Guid messageId) =>
        Eventually.True(async () => await page.ApiAsync(rig, "failures") is { } list && list.EnumerateArray().Any(f => f.GetProperty("messageId").GetGuid() == messageId),
            $"failed message {messageId} imported from the error queue", timeoutSeconds: 90);

    /// <summary>Makes the flaky adapter fail one new vacancy and waits until the console holds the failure; returns vacancy and message id.</summary>
    public static async Task<(Guid VacancyId, Guid MessageId)> FailOneVacancyAsync(this IPage page, ConsoleRig rig, string title)
    {
        rig.Adapter.Failing = true;
        try
        {
            var vacancyId = await PostVacancyAsync(rig, title);
            var messageId = await page.PublishedMessageAsync(rig, vacancyId, "faulted");
            await page.FailureImportedAsync(rig, messageId);
            return (vacancyId, messageId);
        }
        finally
        {
            rig.Adapter.Failing = false;
        }
    }

    public static async Task RaiseRentArrearsAsync(ConsoleRig rig, string bsn) =>
        await rig.Partner<ISignalsApi>(HousingKey).RaiseAsync(new SignalRequest
        {
            Bsn = bsn,
            Category = "rent-arrears",
            Details = new Dictionary<string, string> { ["amount"] = "850.00", ["since"] = "2026-09-01", ["reminders-sent"] = "2" },
            OccurredOn = DateOnly.FromDateTime(DateTime.UtcNow),
        });
}
