using Hub.PartnerIntegration.Translation;

namespace Hub.Schools.Translation;

/// <summary>
/// A school's attendance export ("absence-*.csv"): unauthorised absence (hours in a period, which the
/// compulsory-education law has schools report) and drop-out risk (level, programme, expected leaving date).
/// </summary>
public sealed class AbsenceExport : IExportTranslator
{
    private static readonly Dictionary<string, string> Kinds = new()
    {
        ["verzuim"] = "school-absence",
        ["uitval"] = "drop-out-risk",
    };

    private static readonly Dictionary<string, string> RiskLevels = new()
    {
        ["laag"] = "low",
        ["midden"] = "medium",
        ["hoog"] = "high",
    };

    public string Kind => "absence";

    public IReadOnlyList<string> Columns { get; } =
        ["melding_nummer", "bsn", "soort", "uren", "periode_start", "periode_eind", "risico", "opleiding", "verwachte_uitstroom", "datum"];

    public IReadOnlyList<TranslatedMessage> Translate(ExportRow row, TranslationContext context)
    {
        var category = row.OneOf("soort", Kinds);
        Dictionary<string, string> details = category switch
        {
            "school-absence" => Absence(row),
            "drop-out-risk" => new()
            {
                ["risk-level"] = row.OneOf("risico", RiskLevels),
                ["programme"] = row.Text("opleiding"),
                ["expected-leave"] = SignalRows.Iso(row.Date("verwachte_uitstroom")),
            },
            _ => [],
        };
        return SignalRows.Raise(row, context, "melding_nummer", category, details);
    }

    private static Dictionary<string, string> Absence(ExportRow row)
    {
        var start = row.Date("periode_start");
        var end = row.Date("periode_eind");
        if (end < start)
        {
            row.Fail("periode_eind", "cannot be before periode_start");
        }
        return new()
        {
            ["hours"] = SignalRows.Invariant(row.Integer("uren", 1, 1000)),
            ["period-start"] = SignalRows.Iso(start),
            ["period-end"] = SignalRows.Iso(end),
        };
    }
}
