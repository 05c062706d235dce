namespace Hub.LoadTests.Measuring;

/// <summary>
/// After each round: the Hub, the Wolverine peer and the floor next to each other in one table per database, from the
/// values this round recorded under their own variants, with the ratios issue 21's goals are stated in.
/// </summary>
internal static class SideBySide
{
    // The metrics it reads, as the intake, its resource watch and the floor phase record them.
    public const string StoredPerSecond = "intake: end to end (stored, VacancyRegistered relayed)";
    public const string CpuPerVacancy = "intake: CPU per message, all processes";
    public const string FloorPerVacancy = "floor: CPU per vacancy, all parts";

    public static string Variant(string database) => $"Hub, peer and floor on {database}";

    public static void Record(Results results, string hubVariant, string peerVariant, string database, int proposalRate)
    {
        var variant = Variant(database);
        var hubStored = results.Latest(hubVariant, StoredPerSecond);
        var peerStored = results.Latest(peerVariant, StoredPerSecond);
        var hubCpu = results.Latest(hubVariant, CpuPerVacancy);
        var peerCpu = results.Latest(peerVariant, CpuPerVacancy);
        var floor = results.Latest(hubVariant, FloorPerVacancy);
        results.Record(variant, "stored end to end: Hub", "msg/s", hubStored);
        results.Record(variant, "stored end to end: peer", "msg/s", peerStored);
        results.Record(variant, "stored end to end: Hub / peer (goal: at least 1.5)", "ratio", hubStored / peerStored);
        results.Record(variant, "CPU per stored vacancy, all processes: Hub", "ms", hubCpu);
        results.Record(variant, "CPU per stored vacancy, all processes: peer", "ms", peerCpu);
        results.Record(variant, "CPU per stored vacancy: floor", "ms", floor);
        results.Record(variant, "CPU per stored vacancy: Hub / peer (goal: at most 0.67)", "ratio", hubCpu / peerCpu);
        results.Record(variant, "CPU per stored vacancy: Hub / floor (goal: at most 2)", "ratio", hubCpu / floor);
        results.Record(variant, "CPU per stored vacancy: peer / floor", "ratio", peerCpu / floor);
        foreach (var who in new[] { ("Hub", hubVariant), ("peer", peerVariant) })
        {
            results.Record(variant, $"at {proposalRate}/s, accepted to first proposal p99: {who.Item1} (goal: under 100 ms)", "ms",
                results.Latest(who.Item2, $"{proposalRate}/s: accepted to first ProposalMade p99"));
        }
    }
}
