using Hub.LoadTests.Scenarios;

namespace Hub.LoadTests.Floor;

/// <summary>
/// The probe's counts before the intake phase; after it, how many ProposalMade the Hub sent per vacancy stored and how big
/// they were on the wire: the floor must send and store as many.
/// </summary>
internal sealed record IntakeProposals(long Proposals, long ProposalBytes, int Registered)
{
    public static IntakeProposals Before(HubProbe probe) => new(probe.ProposalsMade, probe.ProposalBytes, probe.Registered.Count);

    public int VacanciesSince(HubProbe probe) => probe.Registered.Count - Registered;

    public double PerVacancySince(HubProbe probe) =>
        VacanciesSince(probe) is > 0 and var vacancies ? (double)(probe.ProposalsMade - Proposals) / vacancies : double.NaN;

    public int BytesPerProposalSince(HubProbe probe) =>
        probe.ProposalsMade - Proposals is > 0 and var proposals ? (int)Math.Round((double)(probe.ProposalBytes - ProposalBytes) / proposals) : 0;
}
