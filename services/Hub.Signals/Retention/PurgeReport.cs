namespace Hub.Signals.Retention;

/// <summary>What one purge removed: counts only, per kind and category; never content or pseudonyms.</summary>
public sealed record PurgeReport(IReadOnlyList<PurgedCount> Counts)
{
    public int Total => Counts.Sum(c => c.Count);

    public int Of(string kind, string? category = null) =>
        Counts.Where(c => c.Kind == kind && (category is null || c.Category == category)).Sum(c => c.Count);
}
