namespace Hub.Signals.Policies;

/// <summary>The shape of <c>seeds/signal-policies.json</c>; <see cref="SignalPolicyValidation"/> checks it.</summary>
internal sealed class SignalPolicyFile
{
    public string? Version { get; init; }
    public List<string> ConsentRecorderRoles { get; init; } = [];
    public List<string> SubjectAccessRoles { get; init; } = [];
    public int DisclosureLogRetentionDays { get; init; }
    public Dictionary<string, string> LegalBases { get; init; } = [];
    public List<OrganisationEntry> Organisations { get; init; } = [];
    public MultiProblemEntry? MultiProblem { get; init; }
    public Dictionary<string, CategoryEntry> Categories { get; init; } = [];

    public sealed class OrganisationEntry
    {
        public string? Id { get; init; }
        public string? Name { get; init; }
        public string? Role { get; init; }
        public List<string> Areas { get; init; } = [];
        public string? Contact { get; init; }
    }

    public sealed class MultiProblemEntry
    {
        public int WindowDays { get; init; }
        public int MinimumOrganisations { get; init; } = 2;
        public string? CoordinatorRole { get; init; }
        public string? Basis { get; init; }
        public int RetentionDays { get; init; }
    }

    public sealed class CategoryEntry
    {
        public List<string> Fields { get; init; } = [];
        public int RetentionDays { get; init; }
        public bool MultiProblem { get; init; }
        public List<RecipientEntry> Recipients { get; init; } = [];
    }

    public sealed class RecipientEntry
    {
        public string? Role { get; init; }
        public string? Organisation { get; init; }
        public string? Basis { get; init; }
        public string? Purpose { get; init; }
        public List<string> Fields { get; init; } = [];
    }
}
