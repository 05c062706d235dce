namespace Hub.PartnerIntegration.Translation;

/// <summary>
/// One partner export format (message translator): which columns it has and how one row becomes Hub
/// messages. A translator validates every field it reads; a bad field is reported by row and column.
/// </summary>
public interface IExportTranslator
{
    /// <summary>The export kind; a dropped file is translated by the translator whose kind starts its name (e.g. "signals-2025-11-03.csv").</summary>
    string Kind { get; }

    IReadOnlyList<string> Columns { get; }

    /// <summary>The row's messages, or nothing when the row recorded errors.</summary>
    IReadOnlyList<TranslatedMessage> Translate(ExportRow row, TranslationContext context);
}
