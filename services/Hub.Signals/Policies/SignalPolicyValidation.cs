using System.Text.RegularExpressions;

namespace Hub.Signals.Policies;

/// <summary>Checks the policy file so a mistake stops the service at start, never in a routing decision.</summary>
internal static partial class SignalPolicyValidation
{
    public static Dictionary<string, Organisation> Organisations(SignalPolicyFile file)
    {
        var organisations = new Dictionary<string, Organisation>(StringComparer.Ordinal);
        foreach (var entry in file.Organisations)
        {
            Require(!string.IsNullOrWhiteSpace(entry.Id) && !string.IsNullOrWhiteSpace(entry.Name) && !string.IsNullOrWhiteSpace(entry.Contact),
                "every organisation needs an id, a name and a contact");
            Require(KnownTerms.Roles.Contains(entry.Role ?? ""), $"organisation '{entry.Id}' has unknown role '{entry.Role}'");
            Require(organisations.TryAdd(entry.Id!, new Organisation(entry.Id!, entry.Name!, entry.Role!, entry.Areas.ToHashSet(StringComparer.Ordinal), entry.Contact!)),
                $"organisation '{entry.Id}' is listed twice");
        }
        return organisations;
    }

    public static CategoryPolicy Category(string name, SignalPolicyFile.CategoryEntry entry, SignalPolicyFile file, IReadOnlyDictionary<string, Organisation> organisations)
    {
        Require(KnownTerms.Categories.Contains(name), $"unknown category '{name}' (known: {string.Join(", ", KnownTerms.Categories)})");
        Require(entry.Fields.Count > 0, $"category '{name}' lists no fields");
        foreach (var field in entry.Fields)
        {
            Require(FieldName().IsMatch(field), $"category '{name}': field '{field}' is not a lower-case kebab-case name");
        }
        var fields = entry.Fields.ToHashSet(StringComparer.Ordinal);
        Require(entry.RetentionDays > 0, $"category '{name}' needs a positive retentionDays");
        var rules = entry.Recipients.Select((recipient, index) => Rule(name, index + 1, recipient, fields, file, organisations)).ToList();
        return new CategoryPolicy(name, fields, TimeSpan.FromDays(entry.RetentionDays), entry.MultiProblem, rules);
    }

    public static MultiProblemPolicy MultiProblem(SignalPolicyFile file, IEnumerable<CategoryPolicy> categories)
    {
        var entry = file.MultiProblem ?? throw Invalid("the multiProblem section is missing");
        Require(entry.WindowDays > 0 && entry.RetentionDays > 0, "multiProblem needs a positive windowDays and retentionDays");
        Require(entry.MinimumOrganisations >= 2, "multiProblem.minimumOrganisations must be at least 2");
        Require(KnownTerms.Roles.Contains(entry.CoordinatorRole ?? ""), $"multiProblem has unknown coordinatorRole '{entry.CoordinatorRole}'");
        Require(file.LegalBases.ContainsKey(entry.Basis ?? ""), $"multiProblem has unknown basis '{entry.Basis}' (declare it under legalBases)");
        foreach (var category in categories.Where(c => c.MultiProblem))
        {
            // A signal purged before the window closes could not be matched: the window must fit in every retention.
            Require(category.Retention >= TimeSpan.FromDays(entry.WindowDays), $"category '{category.Name}' is kept {category.Retention.TotalDays} days, shorter than the multiProblem window");
        }
        return new MultiProblemPolicy(TimeSpan.FromDays(entry.WindowDays), entry.MinimumOrganisations, entry.CoordinatorRole!, entry.Basis!, TimeSpan.FromDays(entry.RetentionDays));
    }

    public static IReadOnlySet<string> Roles(List<string> roles, string section)
    {
        foreach (var role in roles)
        {
            Require(KnownTerms.Roles.Contains(role), $"{section} has unknown role '{role}'");
        }
        return roles.ToHashSet(StringComparer.Ordinal);
    }

    public static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw Invalid(problem);
        }
    }

    public static InvalidDataException Invalid(string problem) => new($"The signal policy is invalid: {problem}.");

    private static RecipientRule Rule(string category, int number, SignalPolicyFile.RecipientEntry entry, HashSet<string> fields, SignalPolicyFile file, IReadOnlyDictionary<string, Organisation> organisations)
    {
        var where = $"category '{category}', recipient {number}";
        Require(entry.Role is null != (entry.Organisation is null), $"{where} needs either a role or an organisation");
        Require(entry.Role is null || KnownTerms.Roles.Contains(entry.Role), $"{where} has unknown role '{entry.Role}'");
        Require(entry.Organisation is null || organisations.ContainsKey(entry.Organisation), $"{where} names organisation '{entry.Organisation}', which is not under organisations");
        Require(entry.Basis == KnownTerms.ConsentBasis || file.LegalBases.ContainsKey(entry.Basis ?? ""),
            $"{where} has unknown basis '{entry.Basis}' (use 'consent' or one of legalBases: {string.Join(", ", file.LegalBases.Keys)})");
        Require(!string.IsNullOrWhiteSpace(entry.Purpose), $"{where} needs a purpose");
        Require(entry.Fields.Count > 0, $"{where} receives no fields");
        foreach (var field in entry.Fields)
        {
            Require(fields.Contains(field), $"{where}: field '{field}' is not a field of the category ({string.Join(", ", fields)})");
        }
        return new RecipientRule(entry.Role, entry.Organisation, entry.Basis!, entry.Purpose!, entry.Fields.ToHashSet(StringComparer.Ordinal));
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex FieldName();
}
