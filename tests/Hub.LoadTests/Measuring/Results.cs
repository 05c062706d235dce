using System.Globalization;
using System.Text;
using Spectre.Console;

namespace Hub.LoadTests.Measuring;

/// <summary>Every measurement of every round, by variant and metric; the report shows the median over rounds and each round.</summary>
internal sealed class Results
{
    private readonly List<(string Variant, string Metric, string Unit, double Value)> _rows = [];
    private readonly Lock _gate = new();

    public void Record(string variant, string metric, string unit, double value)
    {
        lock (_gate)
        {
            _rows.Add((variant, metric, unit, value));
        }
    }

    /// <summary>The value last recorded for a metric (this round's, when recorded once a round), or NaN.</summary>
    public double Latest(string variant, string metric)
    {
        lock (_gate)
        {
            return _rows.LastOrDefault(r => r.Variant == variant && r.Metric == metric) is { Unit: not null } row ? row.Value : double.NaN;
        }
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private IEnumerable<(string Variant, string Metric, string Unit, List<double> Values)> Grouped()
    {
        lock (_gate)
        {
            return _rows.GroupBy(r => (r.Variant, r.Metric, r.Unit))
                .Select(g => (g.Key.Variant, g.Key.Metric, g.Key.Unit, g.Select(r => r.Value).ToList()))
                .ToList();
        }
    }

    public void Show()
    {
        foreach (var variant in Grouped().GroupBy(g => g.Variant))
        {
            var table = new Table().Title($"[bold]{Markup.Escape(variant.Key)}[/]").AddColumns("metric", "unit", "median", "each round");
            foreach (var (_, metric, unit, values) in variant)
            {
                table.AddRow(Markup.Escape(metric), unit, Format(Median(values)), string.Join("  ", values.Select(Format)));
            }
            AnsiConsole.Write(table);
        }
    }

    /// <summary>The same tables as Markdown, for docs/performance.md.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        foreach (var variant in Grouped().GroupBy(g => g.Variant))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"### {variant.Key}").AppendLine()
                .AppendLine("| metric | unit | median | each round |").AppendLine("|---|---|---|---|");
            foreach (var (_, metric, unit, values) in variant)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {metric} | {unit} | {Format(Median(values))} | {string.Join(", ", values.Select(Format))} |");
            }
            text.AppendLine();
        }
        return text.ToString();
    }

    private static string Format(double value) =>
        double.IsNaN(value) ? "-" : Math.Abs(value) >= 100 ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("0.###", CultureInfo.InvariantCulture);
}
