using System.Text.Json;

namespace Hub.Signals.Tests.Routing;

/// <summary>Writes a generated policy in the policy file's format, so it passes through the same parsing and validation.</summary>
internal static class PolicyJson
{
    public static string For(Scenario.PolicySpec spec) => JsonSerializer.Serialize(new
    {
        version = "random-1",
        consentRecorderRoles = new[] { "municipality" },
        subjectAccessRoles = new[] { "municipality" },
        disclosureLogRetentionDays = 800,
        legalBases = new Dictionary<string, string> { ["legal-a"] = "an example law", ["legal-b"] = "another example law" },
        organisations = Scenario.Organisations.Select(o => new { id = o.Id, name = $"Organisation {o.Id[^1]}", role = o.Role, areas = new[] { "area-1" }, contact = "desk@example.org" }),
        multiProblem = new { windowDays = 7, minimumOrganisations = 2, coordinatorRole = "municipality", basis = "legal-a", retentionDays = 60 },
        categories = spec.Categories.ToDictionary(c => c.Name, c => new
        {
            fields = c.Fields,
            retentionDays = c.RetentionDays,
            multiProblem = c.MultiProblem,
            recipients = c.Rules.Select(r => new { role = r.ByRole ? r.Target : null, organisation = r.ByRole ? null : r.Target, basis = r.Basis, purpose = r.Purpose, fields = r.Fields }),
        }),
    });
}
