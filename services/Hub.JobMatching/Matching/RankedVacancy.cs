namespace Hub.JobMatching.Matching;

/// <summary>A vacancy ranked for a job seeker, with the same tier, score and reasons as the other direction.</summary>
public sealed record RankedVacancy(
    Guid VacancyId,
    string EmployerId,
    bool IsPriority,
    int Score,
    double DistanceKm,
    IReadOnlyList<string> Reasons);
