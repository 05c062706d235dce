namespace Hub.Contracts.Signals;

/// <summary>The signal policy in force: which categories exist, which fields they carry, who gets what on which basis.</summary>
[Read]
public record SignalPolicyDescription
{
    public required string Version { get; init; }
    public required IReadOnlyList<CategoryDescription> Categories { get; init; }
    public required IReadOnlyList<string> ConsentRecorderRoles { get; init; }
    public required IReadOnlyList<string> SubjectAccessRoles { get; init; }
    public required IReadOnlyList<string> OutcomeCodes { get; init; }
}
