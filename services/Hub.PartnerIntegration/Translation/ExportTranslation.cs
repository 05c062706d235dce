namespace Hub.PartnerIntegration.Translation;

/// <summary>An export translated as a whole: every row's messages, or the list of everything wrong with it.</summary>
public sealed record ExportTranslation(IReadOnlyList<TranslatedRow> Rows, IReadOnlyList<RowError> Errors)
{
    public bool IsValid => Errors.Count == 0;

    public static ExportTranslation Of(string text, IExportTranslator translator, TranslationContext context)
    {
        var csv = CsvExport.Parse(text, translator.Columns);
        if (csv.Errors.Any(e => e.Line == 1))
        {
            // Without the right header no row can be read meaningfully.
            return new ExportTranslation([], csv.Errors);
        }
        var errors = new List<RowError>(csv.Errors);
        var rows = new List<TranslatedRow>();
        foreach (var row in csv.Rows)
        {
            var messages = translator.Translate(row, context);
            errors.AddRange(row.Errors);
            rows.Add(new TranslatedRow(row.Line, row.HasErrors ? [] : messages));
        }
        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new RowError(2, "*", "the export has no data rows"));
        }
        return new ExportTranslation(rows, errors.OrderBy(e => e.Line).ToList());
    }
}

/// <summary>The messages of one row, and the row's line in the export (the header is line 1), for reports back to the partner.</summary>
public sealed record TranslatedRow(int Line, IReadOnlyList<TranslatedMessage> Messages);
