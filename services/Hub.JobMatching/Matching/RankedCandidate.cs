namespace Hub.JobMatching.Matching;

/// <summary>
/// A job seeker ranked for a vacancy: what an employer may see before the seeker accepts
/// (pseudonym, score, reasons), never contact details.
/// </summary>
/// <param name="IsPriority">In the priority tier (e.g. focus-area resident on benefits for a recovery job); ranked above all others.</param>
/// <param name="Score">0-100 within the tier; see <c>MatchRules</c>.</param>
/// <param name="DistanceKm">Between postcode centroids, rounded to 0.1 km.</param>
/// <param name="FocusAreaId">The seeker's focus area, for the per-area figures; null outside the areas.</param>
public sealed record RankedCandidate(
    string SubjectPseudonym,
    bool IsPriority,
    int Score,
    double DistanceKm,
    string? FocusAreaId,
    IReadOnlyList<string> Reasons);
