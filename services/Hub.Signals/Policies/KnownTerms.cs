namespace Hub.Signals.Policies;

/// <summary>The closed vocabularies of the signals domain; the policy file may use these and nothing else.</summary>
public static class KnownTerms
{
    public const string ConsentBasis = "consent";
    public const string MultiProblemCategory = "multi-problem";

    public static readonly IReadOnlySet<string> Categories = new HashSet<string>(StringComparer.Ordinal)
    {
        "rent-arrears", "energy-arrears", "school-absence", "drop-out-risk", "youth-nuisance", "housing-fraud", "domestic-tension",
    };

    /// <summary>The partner roles of the gateway's registry (seeds/partners.json).</summary>
    public static readonly IReadOnlySet<string> Roles = new HashSet<string>(StringComparer.Ordinal)
    {
        "employer", "housing-corporation", "school", "police", "job-agency", "municipality",
    };

    /// <summary>The closing results a recipient reports (the debt-help law's feedback, extended to every category).</summary>
    public static readonly IReadOnlyList<string> Outcomes = ["help-started", "quick-fix", "unjustified", "moved-away", "other"];
}
