using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Signals.Policies;

namespace Hub.Signals.Tests.Policies;

public sealed class Loading_the_signal_policy
{
    private static string DemoPolicyJson => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "signal-policies.json"));

    [Fact]
    public void The_demo_policy_is_valid_and_its_organisations_are_the_gateways_partners()
    {
        var policy = SignalPolicy.Parse(DemoPolicyJson);

        Assert.Equal(KnownTerms.Categories.Order(), policy.Categories.Keys.Order());
        using var partners = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "partners.json")));
        var registry = partners.RootElement.GetProperty("Partners").EnumerateArray()
            .ToDictionary(p => p.GetProperty("Id").GetString()!, p => p.GetProperty("Role").GetString()!);
        Assert.All(policy.Organisations.Values, o => Assert.Equal(registry[o.Id], o.Role));
        Assert.Equal(["amount", "since"], policy.Categories["rent-arrears"].Recipients.Single(r => r.Role == "municipality").Fields.Order());
    }

    [Theory]
    [InlineData("\"rent-arrears\": {", "\"rent-arear\": {", "unknown category 'rent-arear'")]
    [InlineData("\"amount\", \"since\" ]", "\"amount\", \"iban\" ]", "category 'rent-arrears', recipient 1: field 'iban' is not a field of the category")]
    [InlineData("\"basis\": \"wgs-debt-help\"", "\"basis\": \"debt-law\"", "category 'rent-arrears', recipient 1 has unknown basis 'debt-law'")]
    [InlineData("{ \"role\": \"school\", \"basis\": \"consent\"", "{ \"role\": \"teacher\", \"basis\": \"consent\"", "unknown role 'teacher'")]
    [InlineData("\"windowDays\": 180", "\"windowDays\": 400", "shorter than the multiProblem window")]
    public void Refuses_a_mistake_with_a_message_naming_it(string find, string replace, string message)
    {
        Assert.Contains(find, DemoPolicyJson, StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => SignalPolicy.Parse(ReplaceFirst(DemoPolicyJson, find, replace)));

        Assert.StartsWith("The signal policy is invalid", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_recipient_organisation_missing_from_the_directory()
    {
        var root = JsonNode.Parse(DemoPolicyJson)!;
        root["categories"]!["housing-fraud"]!["recipients"]!.AsArray().Add(JsonNode.Parse("""{ "organisation": "00000009999999999000", "basis": "consent", "purpose": "x", "fields": [ "suspicion" ] }"""));

        var error = Assert.Throws<InvalidDataException>(() => SignalPolicy.Parse(root.ToJsonString()));

        Assert.Contains("names organisation '00000009999999999000', which is not under organisations", error.Message, StringComparison.Ordinal);
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replace + text[(at + find.Length)..];
    }
}
