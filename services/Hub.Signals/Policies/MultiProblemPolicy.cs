namespace Hub.Signals.Policies;

/// <param name="Window">Signals count together when they arrived within this time of each other.</param>
/// <param name="Basis">The legal basis on which partners are told that others are involved.</param>
public sealed record MultiProblemPolicy(TimeSpan Window, int MinimumOrganisations, string CoordinatorRole, string Basis, TimeSpan Retention);
