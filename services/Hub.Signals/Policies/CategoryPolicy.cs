namespace Hub.Signals.Policies;

public sealed record CategoryPolicy(
    string Name,
    IReadOnlySet<string> Fields,
    TimeSpan Retention,
    bool MultiProblem,
    IReadOnlyList<RecipientRule> Recipients);
