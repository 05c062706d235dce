namespace Hub.JobMatching.Synthetic;

/// <summary>How <see cref="SyntheticData"/> draws: vocabulary sizes and whether to mix in edge cases.</summary>
/// <param name="MinorGroups">ISCO minor groups in use (at most the 100 listed in <see cref="SyntheticData"/>).</param>
/// <param name="OccupationsPerGroup">Unit-group codes per minor group.</param>
/// <param name="SkillPool">Distinct skills in use.</param>
/// <param name="SkillsPerOccupation">Typical skills per occupation, drawn from the pool.</param>
/// <param name="EdgeCases">Invalid postcodes, zero and huge travel distances, odd hours, case and space variants.</param>
public sealed record SyntheticShape(int MinorGroups, int OccupationsPerGroup, int SkillPool, int SkillsPerOccupation, bool EdgeCases)
{
    /// <summary>Like the real thing: about 70 minor groups and 350 occupation codes, 1,500 skills.</summary>
    public static SyntheticShape Realistic { get; } = new(70, 5, 1500, 12, EdgeCases: false);

    /// <summary>Few codes and skills, so matches, ties and edge cases are frequent: for the property test.</summary>
    public static SyntheticShape Dense { get; } = new(4, 3, 25, 6, EdgeCases: true);
}
