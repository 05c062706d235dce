using System.Globalization;
using Hub.JobMatching.Matching;

namespace Hub.JobMatching.Tests.Matching;

/// <summary>Results as one line each, so two rankings compare field by field with a readable diff.</summary>
internal static class Results
{
    public static string[] Lines(IEnumerable<RankedCandidate> ranked) =>
        [.. ranked.Select(c => string.Create(CultureInfo.InvariantCulture,
            $"{c.SubjectPseudonym} priority={c.IsPriority} score={c.Score} km={c.DistanceKm} area={c.FocusAreaId} [{string.Join("; ", c.Reasons)}]"))];

    public static string[] Lines(IEnumerable<RankedVacancy> ranked) =>
        [.. ranked.Select(v => string.Create(CultureInfo.InvariantCulture,
            $"{v.VacancyId} {v.EmployerId} priority={v.IsPriority} score={v.Score} km={v.DistanceKm} [{string.Join("; ", v.Reasons)}]"))];
}
