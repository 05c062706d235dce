using nietras.SeparatedValues;

namespace Hub.PartnerIntegration.Translation;

/// <summary>
/// A CSV export as partner systems write them (RFC 4180 and the Dutch spreadsheet habit): a header row, ';' or ','
/// as separator (whichever the header uses), fields optionally in double quotes with "" for a quote, and a quoted
/// field may hold a separator or a line break. Read with Sep.
/// </summary>
public sealed class CsvExport
{
    private CsvExport(IReadOnlyList<string> header, IReadOnlyList<ExportRow> rows, IReadOnlyList<RowError> errors) =>
        (Header, Rows, Errors) = (header, rows, errors);

    public IReadOnlyList<string> Header { get; }
    public IReadOnlyList<ExportRow> Rows { get; }
    /// <summary>Problems with the file's shape: missing columns, rows with the wrong number of fields.</summary>
    public IReadOnlyList<RowError> Errors { get; }

    public static CsvExport Parse(string text, IReadOnlyList<string> expectedColumns)
    {
        text = text.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text) || string.IsNullOrWhiteSpace(text[..IndexOfLineEnd(text)]))
        {
            return new CsvExport([], [], [new RowError(1, "header", "the export has no header row")]);
        }
        // Partners' files differ in their column counts row by row; that is reported per row, not thrown.
        using var reader = Sep.Reader(o => o with { Sep = new Sep(SeparatorOf(text)), Unescape = true, DisableColCountCheck = true })
            .FromText(text);
        var header = reader.Header.ColNames.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var errors = expectedColumns.Where(c => !header.Contains(c)).Select(c => new RowError(1, c, "column is missing from the header")).ToList();

        var rows = new List<ExportRow>();
        foreach (var row in reader)
        {
            if (row.Span.IsWhiteSpace())
            {
                continue;
            }
            var line = row.LineNumberFrom;
            if (row.ColCount != header.Count)
            {
                errors.Add(new RowError(line, "*", $"has {row.ColCount} fields where the header has {header.Count}"));
                continue;
            }
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var f = 0; f < header.Count; f++)
            {
                values[header[f]] = row[f].ToString();
            }
            rows.Add(new ExportRow(line, values));
        }
        return new CsvExport(header, rows, errors);
    }

    /// <summary>';' unless the header holds more commas: Dutch spreadsheets write ';', most other systems ','.</summary>
    private static char SeparatorOf(string text)
    {
        var header = text.AsSpan(0, IndexOfLineEnd(text));
        return header.Count(';') >= header.Count(',') ? ';' : ',';
    }

    private static int IndexOfLineEnd(string text)
    {
        var end = text.AsSpan().IndexOfAny('\r', '\n');
        return end < 0 ? text.Length : end;
    }
}
