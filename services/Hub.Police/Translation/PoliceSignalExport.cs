using Hub.PartnerIntegration.Translation;

namespace Hub.Police.Translation;

/// <summary>
/// A police unit's signal export ("signals-*.csv"): youth nuisance (incident date, incident code, group
/// size) and suspected housing fraud. Only categories the signal policy knows; the policy decides who gets them.
/// </summary>
public sealed class PoliceSignalExport : IExportTranslator
{
    private static readonly Dictionary<string, string> Kinds = new()
    {
        ["jeugdoverlast"] = "youth-nuisance",
        ["woonfraude"] = "housing-fraud",
    };

    public string Kind => "signals";

    public IReadOnlyList<string> Columns { get; } =
        ["registratie_nummer", "bsn", "soort", "incident_datum", "incident_code", "groepsgrootte", "vermoeden", "waargenomen_op", "datum"];

    public IReadOnlyList<TranslatedMessage> Translate(ExportRow row, TranslationContext context)
    {
        var category = row.OneOf("soort", Kinds);
        Dictionary<string, string> details = category switch
        {
            "youth-nuisance" => new()
            {
                ["incident-date"] = SignalRows.Iso(row.Date("incident_datum")),
                ["incident-code"] = row.Text("incident_code", 20),
                ["group-size"] = SignalRows.Invariant(row.Integer("groepsgrootte", 1, 100)),
            },
            "housing-fraud" => new()
            {
                ["suspicion"] = row.Text("vermoeden"),
                ["observed-on"] = SignalRows.Iso(row.Date("waargenomen_op")),
            },
            _ => [],
        };
        return SignalRows.Raise(row, context, "registratie_nummer", category, details);
    }
}
