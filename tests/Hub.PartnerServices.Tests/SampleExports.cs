using Hub.PartnerIntegration.Options;
using Hub.PartnerIntegration.Translation;
using Hub.Pseudonymisation;
using Hub.Testing;

namespace Hub.PartnerServices.Tests;

/// <summary>The sample exports in seeds/exports and the demo partners they belong to, translated on a fixed day.</summary>
internal static class SampleExports
{
    /// <summary>Test-only key; a deployment sets its own in Hub:Pseudonymisation:Key (the gateway's).</summary>
    public const string PseudonymisationKey = "dGVzdC1vbmx5LXBzZXVkb255bWlzYXRpb24ta2V5LTMyYnl0ZXM=";

    /// <summary>The day the samples were exported, plus a few days: every date in them is valid then.</summary>
    public static readonly DateTime ImportDay = new(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc);

    public static readonly PartnerOptions Elkien = new() { OrganisationId = "00000001802327497000", Name = "Elkien (example)", Role = "housing-corporation" };
    public static readonly PartnerOptions FriesePoort = new() { OrganisationId = "00000001824476093000", Name = "ROC Friese Poort (example)", Role = "school" };
    public static readonly PartnerOptions Politie = new() { OrganisationId = "00000001003214345000", Name = "Politie Leeuwarden (example)", Role = "police" };

    public static Pseudonymiser Pseudonymiser { get; } = new(Convert.FromBase64String(PseudonymisationKey));

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(RepositoryPaths.RepoRoot, "seeds", "exports", relativePath));

    public static ExportTranslation Translate(string text, IExportTranslator translator, PartnerOptions partner, string exportHash = "sample") =>
        ExportTranslation.Of(text, translator, new TranslationContext(partner, Pseudonymiser, exportHash, ImportDay));

    public static IReadOnlyList<T> Messages<T>(this ExportTranslation translation) =>
        [.. translation.Rows.SelectMany(r => r.Messages).Select(m => m.Body).OfType<T>()];
}
