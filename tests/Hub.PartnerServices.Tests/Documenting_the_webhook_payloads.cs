using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hub.PartnerIntegration.Delivery;
using Hub.PartnerIntegration.Delivery.Payloads;
using Hub.Testing;

namespace Hub.PartnerServices.Tests;

/// <summary>
/// A webhook's data is a promise to partners: docs/partner-webhooks.md lists every event and every field, and the
/// records the adapters send say exactly that, built of their own types so a bus contract's change cannot leak out.
/// </summary>
public sealed partial class Documenting_the_webhook_payloads
{
    private static readonly string Page = File.ReadAllText(Path.Combine(RepositoryPaths.RepoRoot, "docs", "partner-webhooks.md"));

    private static readonly Type[] PayloadTypes = [.. typeof(IWebhookData).Assembly.GetTypes()
        .Where(t => t.IsClass && t.IsAssignableTo(typeof(IWebhookData)))
        .OrderBy(t => t.Name)];

    public static TheoryData<Type> Payloads => [.. PayloadTypes];

    [Fact]
    public void Every_event_the_adapters_send_is_in_the_event_header_row()
    {
        var headerRow = Page.Split('\n').Single(line => line.StartsWith($"| `{WebhookHeaders.Event}`", StringComparison.Ordinal));
        var documented = Quoted().Matches(headerRow).Select(m => m.Groups[1].Value).Skip(1).Order();

        Assert.Equal(PayloadTypes.Select(EventOf).Order(), documented);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void The_documented_fields_are_the_fields_sent(Type payload)
    {
        var fields = payload.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));

        Assert.Equal(fields.Order(), DocumentedFields(EventOf(payload)).Order());
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void The_data_is_built_of_public_types_only(Type payload) =>
        Assert.Empty(PublicShapes.ContractTypesIn(payload));

    [Fact]
    public void The_envelope_names_the_event_and_its_version()
    {
        var sent = new CommandRefusedV1(Guid.NewGuid(), "vacatures.csv", 3, "vacancies", "wrong-state", "The vacancy is withdrawn.", DateTime.UtcNow);

        var body = JsonSerializer.SerializeToElement(new WebhookEnvelope<CommandRefusedV1>(sent.CommandId, CommandRefusedV1.Event, CommandRefusedV1.Version, DateTime.UtcNow, sent), JsonSerializerOptions.Web);

        Assert.Equal(["data", "deliveryId", "event", "occurredAt", "version"], body.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("command-refused", body.GetProperty("event").GetString());
        Assert.Equal(1, body.GetProperty("version").GetInt32());
        Assert.Equal(3, body.GetProperty("data").GetProperty("line").GetInt32());
        Assert.Contains("`{ deliveryId, event, version, occurredAt, data }`", Page, StringComparison.Ordinal);
    }

    private static string EventOf(Type payload) => (string)payload.GetProperty(nameof(IWebhookData.Event), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    /// <summary>The first column of the table under "### `event`".</summary>
    private static IEnumerable<string> DocumentedFields(string eventName)
    {
        var heading = $"### `{eventName}`";
        var start = Page.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/partner-webhooks.md has no section {heading}");
        return Page[start..].Split('\n').Skip(1)
            .TakeWhile(line => !line.StartsWith('#'))
            .SkipWhile(line => !line.StartsWith("| field", StringComparison.Ordinal)).Skip(2)
            .TakeWhile(line => line.StartsWith('|'))
            .Select(line => Quoted().Match(line).Groups[1].Value);
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Quoted();
}
