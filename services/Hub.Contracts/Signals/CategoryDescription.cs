namespace Hub.Contracts.Signals;

public record CategoryDescription
{
    public required string Category { get; init; }
    public required IReadOnlyList<string> Fields { get; init; }
    public required int RetentionDays { get; init; }
    public required bool MultiProblem { get; init; }
    public required IReadOnlyList<RecipientDescription> Recipients { get; init; }
}
