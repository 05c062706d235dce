namespace Hub.JobMatching.Storage;

/// <summary>
/// The vacancy's life cycle, written once as a table: which status may follow which. Every change of a vacancy's status
/// is checked against it; a command that asks for anything else is refused as wrong-state.
/// </summary>
public static class VacancyTransitions
{
    private static readonly Dictionary<VacancyStatus, VacancyStatus[]> Next = new()
    {
        // Open stays open under a new version.
        [VacancyStatus.Open] = [VacancyStatus.Open, VacancyStatus.Withdrawn, VacancyStatus.Filled],
        [VacancyStatus.Withdrawn] = [],
        [VacancyStatus.Filled] = [],
    };

    public static bool Allows(VacancyStatus from, VacancyStatus to) => Next[from].Contains(to);
}

/// <summary>
/// The proposal's life cycle as a table: proposed, then accepted or declined by the seeker (or lapsed), then hired or
/// rejected by the employer (or lapsed). Declined, hired, rejected and lapsed are final.
/// </summary>
public static class ProposalTransitions
{
    private static readonly Dictionary<ProposalStatus, ProposalStatus[]> Next = new()
    {
        [ProposalStatus.Proposed] = [ProposalStatus.Accepted, ProposalStatus.Declined, ProposalStatus.Lapsed],
        [ProposalStatus.Accepted] = [ProposalStatus.Hired, ProposalStatus.Rejected, ProposalStatus.Lapsed],
        [ProposalStatus.Declined] = [],
        [ProposalStatus.Hired] = [],
        [ProposalStatus.Rejected] = [],
        [ProposalStatus.Lapsed] = [],
    };

    public static bool Allows(ProposalStatus from, ProposalStatus to) => Next[from].Contains(to);
}
