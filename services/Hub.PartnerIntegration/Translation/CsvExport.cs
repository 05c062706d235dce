using System.Text;

namespace Hub.PartnerIntegration.Translation;

/// <summary>
/// A CSV export as partner systems write them: a header row, ';' or ',' as separator (whichever the
/// header uses), fields optionally in double quotes with "" for a quote. One record per line.
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
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var errors = new List<RowError>();
        if (lines.Length == 0 || string.IsNullOrWhiteSpace(lines[0]))
        {
            return new CsvExport([], [], [new RowError(1, "header", "the export has no header row")]);
        }
        var separator = lines[0].Count(c => c == ';') >= lines[0].Count(c => c == ',') ? ';' : ',';
        var header = Split(lines[0].TrimStart('\uFEFF'), separator).Select(h => h.Trim().ToLowerInvariant()).ToList();
        errors.AddRange(expectedColumns.Where(c => !header.Contains(c)).Select(c => new RowError(1, c, "column is missing from the header")));

        var rows = new List<ExportRow>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }
            var fields = Split(lines[i], separator);
            if (fields.Count != header.Count)
            {
                errors.Add(new RowError(i + 1, "*", $"has {fields.Count} fields where the header has {header.Count}"));
                continue;
            }
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var f = 0; f < header.Count; f++)
            {
                values[header[f]] = fields[f];
            }
            rows.Add(new ExportRow(i + 1, values));
        }
        return new CsvExport(header, rows, errors);
    }

    private static List<string> Split(string line, char separator)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        return fields;
    }
}
