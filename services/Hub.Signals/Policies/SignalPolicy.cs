using System.Text.Json;

namespace Hub.Signals.Policies;

/// <summary>
/// The signal policy in force (<c>seeds/signal-policies.json</c>): categories with their fields and retention,
/// recipient rules with basis and allowed fields, the organisation directory and the multi-problem rule.
/// Immutable after loading; a change of policy is a new file with a new version and a restart.
/// </summary>
public sealed class SignalPolicy
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public required string Version { get; init; }
    public required IReadOnlyDictionary<string, CategoryPolicy> Categories { get; init; }
    public required IReadOnlyDictionary<string, Organisation> Organisations { get; init; }
    public required IReadOnlyDictionary<string, string> LegalBases { get; init; }
    public required MultiProblemPolicy MultiProblem { get; init; }
    public required IReadOnlySet<string> ConsentRecorderRoles { get; init; }
    public required IReadOnlySet<string> SubjectAccessRoles { get; init; }
    public required TimeSpan DisclosureLogRetention { get; init; }

    public static SignalPolicy Load(string path) => Parse(File.ReadAllText(path));

    /// <exception cref="InvalidDataException">The policy is malformed or names an unknown category, role, organisation, field or basis.</exception>
    public static SignalPolicy Parse(string json)
    {
        SignalPolicyFile file;
        try
        {
            file = JsonSerializer.Deserialize<SignalPolicyFile>(json, JsonOptions) ?? throw SignalPolicyValidation.Invalid("the file is empty");
        }
        catch (JsonException e)
        {
            throw SignalPolicyValidation.Invalid($"not valid JSON ({e.Message})");
        }
        SignalPolicyValidation.Require(!string.IsNullOrWhiteSpace(file.Version), "it needs a version");
        var organisations = SignalPolicyValidation.Organisations(file);
        var categories = file.Categories.ToDictionary(c => c.Key, c => SignalPolicyValidation.Category(c.Key, c.Value, file, organisations), StringComparer.Ordinal);
        var logRetention = TimeSpan.FromDays(file.DisclosureLogRetentionDays);
        // The log must outlive what it describes, so a resident can always learn who holds their data.
        SignalPolicyValidation.Require(categories.Values.All(c => c.Retention <= logRetention), "disclosureLogRetentionDays must be at least every category's retentionDays");
        return new SignalPolicy
        {
            Version = file.Version!,
            Categories = categories,
            Organisations = organisations,
            LegalBases = file.LegalBases,
            MultiProblem = SignalPolicyValidation.MultiProblem(file, categories.Values),
            ConsentRecorderRoles = SignalPolicyValidation.Roles(file.ConsentRecorderRoles, "consentRecorderRoles"),
            SubjectAccessRoles = SignalPolicyValidation.Roles(file.SubjectAccessRoles, "subjectAccessRoles"),
            DisclosureLogRetention = logRetention,
        };
    }

    /// <summary>The areas a signal belongs to: its own area, else the sender's areas.</summary>
    public IReadOnlySet<string> AreasOf(string? areaId, string sender) =>
        areaId is not null ? new HashSet<string>([areaId], StringComparer.Ordinal)
        : Organisations.TryGetValue(sender, out var organisation) ? organisation.Areas
        : new HashSet<string>();

    /// <summary>Every organisation a signal may go to, with the first rule that covers it; never the sender itself.</summary>
    public IReadOnlyList<(Organisation Recipient, RecipientRule Rule)> CandidatesFor(CategoryPolicy category, string sender, IReadOnlySet<string> areas)
    {
        var candidates = new List<(Organisation, RecipientRule)>();
        foreach (var organisation in Organisations.Values.Where(o => o.Id != sender).OrderBy(o => o.Id, StringComparer.Ordinal))
        {
            if (category.Recipients.FirstOrDefault(rule => rule.Covers(organisation, areas)) is { } rule)
            {
                candidates.Add((organisation, rule));
            }
        }
        return candidates;
    }

    /// <summary>The coordinators of a multi-problem case: organisations of the coordinator role in the case's areas.</summary>
    public IEnumerable<Organisation> CoordinatorsFor(IReadOnlySet<string> areas) =>
        Organisations.Values.Where(o => o.Role == MultiProblem.CoordinatorRole && o.Areas.Overlaps(areas));

    public string NameOf(string organisationId) =>
        Organisations.TryGetValue(organisationId, out var organisation) ? organisation.Name : organisationId;
}
