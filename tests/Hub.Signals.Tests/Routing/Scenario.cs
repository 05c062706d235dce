using System.Text.Json;

namespace Hub.Signals.Tests.Routing;

/// <summary>A random policy and a random history of consents, revocations, signals and time passing.</summary>
public sealed record Scenario(Scenario.PolicySpec Policy, IReadOnlyList<Scenario.Step> Steps)
{
    public static readonly (string Id, string Role)[] Organisations =
    [
        ("10000000000000000001", "housing-corporation"), ("10000000000000000002", "housing-corporation"), ("10000000000000000003", "school"),
        ("10000000000000000004", "police"), ("10000000000000000005", "municipality"), ("10000000000000000006", "job-agency"),
    ];

    public static readonly string[] Subjects = [Messages.Subject('a'), Messages.Subject('b')];

    public sealed record RuleSpec(bool ByRole, string Target, string Basis, string Purpose, string[] Fields);

    public sealed record CategorySpec(string Name, string[] Fields, int RetentionDays, bool MultiProblem, RuleSpec[] Rules);

    public sealed record PolicySpec(CategorySpec[] Categories);

    public abstract record Step;

    public sealed record RecordConsent(int Id, int Subject, string[] Categories, string? From, string? ToOrganisation, string? ToRole, string Purpose, int StartsInHours, int LastsHours) : Step;

    public sealed record Revoke(int? Id, int Subject) : Step;

    public sealed record Raise(int Subject, string Category, string Sender, (string Field, string Value)[] Details) : Step;

    public sealed record Wait(int Hours) : Step;

    public static Guid ConsentGuid(int id) => new(id, 0, 0, new byte[8]);

    public override string ToString() =>
        JsonSerializer.Serialize(Policy, Json) + "\n" + string.Join("\n", Steps.Select(s => $"{s.GetType().Name} {JsonSerializer.Serialize<object>(s, Json)}"));

    private static readonly JsonSerializerOptions Json = new() { IncludeFields = true };
}
