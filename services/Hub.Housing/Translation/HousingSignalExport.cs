using Hub.PartnerIntegration.Translation;

namespace Hub.Housing.Translation;

/// <summary>
/// A corporation's signal export ("signals-*.csv"): rent arrears (amount, since when, reminders sent, as the
/// debt-help law's early signalling asks) and suspected housing fraud. Columns another kind uses stay empty.
/// </summary>
public sealed class HousingSignalExport : IExportTranslator
{
    private static readonly Dictionary<string, string> Kinds = new()
    {
        ["huurachterstand"] = "rent-arrears",
        ["woonfraude"] = "housing-fraud",
    };

    public string Kind => "signals";

    public IReadOnlyList<string> Columns { get; } =
        ["melding_nummer", "bsn", "soort", "bedrag", "achterstand_sinds", "aanmaningen", "vermoeden", "waargenomen_op", "datum"];

    public IReadOnlyList<TranslatedMessage> Translate(ExportRow row, TranslationContext context)
    {
        var category = row.OneOf("soort", Kinds);
        Dictionary<string, string> details = category switch
        {
            "rent-arrears" => new()
            {
                ["amount"] = SignalRows.Invariant(row.Amount("bedrag")),
                ["since"] = SignalRows.Iso(row.Date("achterstand_sinds")),
                ["reminders-sent"] = SignalRows.Invariant(row.Integer("aanmaningen", 0, 50)),
            },
            "housing-fraud" => new()
            {
                ["suspicion"] = row.Text("vermoeden"),
                ["observed-on"] = SignalRows.Iso(row.Date("waargenomen_op")),
            },
            _ => [],
        };
        return SignalRows.Raise(row, context, "melding_nummer", category, details);
    }
}
