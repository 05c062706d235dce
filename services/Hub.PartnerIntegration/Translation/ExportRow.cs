using System.Globalization;
using Hub.Contracts;
using Hub.Pseudonymisation;

namespace Hub.PartnerIntegration.Translation;

/// <summary>
/// One data row of an export. Each accessor validates and, when the value is missing or wrong, records
/// an error naming the row and the column, so a translator reads like a list of fields.
/// </summary>
public sealed class ExportRow(int line, IReadOnlyDictionary<string, string> values)
{
    private readonly List<RowError> _errors = [];

    /// <summary>The line in the file (the header is line 1).</summary>
    public int Line { get; } = line;

    public IReadOnlyList<RowError> Errors => _errors;

    public bool HasErrors => _errors.Count > 0;

    public void Fail(string column, string problem) => _errors.Add(new RowError(Line, column, problem));

    public string? Optional(string column) =>
        values.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public string Text(string column, int maxLength = 200)
    {
        var value = Optional(column);
        if (value is null)
        {
            Fail(column, "is required");
            return "";
        }
        if (value.Length > maxLength)
        {
            Fail(column, $"is longer than {maxLength} characters");
        }
        else if (Bsn.OccursIn(value))
        {
            // Free text must not smuggle a BSN past the pseudonymiser.
            Fail(column, "contains what looks like a BSN");
        }
        return value;
    }

    public string OneOf(string column, IReadOnlyDictionary<string, string> allowed)
    {
        var value = Optional(column);
        if (value is not null && allowed.TryGetValue(value.ToLowerInvariant(), out var mapped))
        {
            return mapped;
        }
        Fail(column, value is null ? "is required" : $"must be one of {string.Join(", ", allowed.Keys)}");
        return "";
    }

    public int Integer(string column, int min, int max)
    {
        var value = Optional(column);
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }
        Fail(column, value is null ? "is required" : $"must be a whole number from {min} to {max}");
        return 0;
    }

    /// <summary>An amount in euros; Dutch exports write a decimal comma ("412,50"), both are accepted.</summary>
    public decimal Amount(string column)
    {
        var value = Optional(column)?.Replace(',', '.');
        if (decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) && amount > 0 && amount < 1_000_000)
        {
            return amount;
        }
        Fail(column, value is null ? "is required" : "must be a positive amount in euros");
        return 0;
    }

    /// <summary>A date as yyyy-MM-dd or dd-MM-yyyy (both occur in Dutch exports).</summary>
    public DateOnly Date(string column) => OptionalDate(column) ?? Missing(column);

    public DateOnly? OptionalDate(string column)
    {
        var value = Optional(column);
        if (value is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(value, ["yyyy-MM-dd", "dd-MM-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        Fail(column, "must be a date (yyyy-MM-dd or dd-MM-yyyy)");
        return default(DateOnly);
    }

    public bool Flag(string column)
    {
        switch (Optional(column)?.ToLowerInvariant())
        {
            case null or "n" or "nee" or "no" or "0" or "false": return false;
            case "j" or "ja" or "y" or "yes" or "1" or "true": return true;
            default:
                Fail(column, "must be ja or nee");
                return false;
        }
    }

    /// <summary>A Dutch postcode, normalised the way the gateway stores it ("8925AB").</summary>
    public string Postcode(string column)
    {
        var value = Optional(column);
        if (DutchPostcode.Normalise(value) is { } postcode)
        {
            return postcode;
        }
        Fail(column, value is null ? "is required" : "must be a Dutch postcode such as 8925 AB");
        return "";
    }

    /// <summary>A list in one cell, separated by '|'.</summary>
    public IReadOnlyList<string> List(string column) =>
        Optional(column)?.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>The BSN column turned into the Hub's subject pseudonym right here, at the edge; the BSN goes no further.</summary>
    public string Subject(string column, Pseudonymiser pseudonymiser, bool required = true)
    {
        var value = Optional(column);
        if (value is null)
        {
            if (required)
            {
                Fail(column, "is required");
            }
            return "";
        }
        if (!Bsn.IsValid(value))
        {
            Fail(column, "is not a valid BSN (9 digits passing the 11-check)");
            return "";
        }
        return pseudonymiser.SubjectOf(value);
    }

    private DateOnly Missing(string column)
    {
        Fail(column, "is required");
        return default;
    }
}
