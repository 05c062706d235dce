using System.Text.RegularExpressions;

namespace Hub.Testing;

/// <summary>Finds Dutch citizen service numbers (BSN) in text, for scans that logs and messages leak none.</summary>
public static partial class BsnScanner
{
    // Exactly nine ASCII digits, not part of a longer digit run.
    [GeneratedRegex("(?<![0-9])[0-9]{9}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex NineDigits();

    // Identifiers that are hex or GUIDs by construction (message, trace and span ids, keyed hashes, ASP.NET Core request
    // ids like "0HNQ8MHI9MEIQ:00000001"): nine digits inside them are chance, not a BSN. Long hex runs are masked without
    // a word boundary because a database file stores such ids back to back with other text columns.
    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-fA-F]{16,}|[0-9A-Z]{13}:[0-9A-F]{8}", RegexOptions.CultureInvariant)]
    private static partial Regex Identifiers();

    // Date-times as .NET writes them (up to seven decimals). A database stores them back to back with other columns, so the
    // decimals of one and the year of the next form a chance nine-digit run ("...20.20438" + "2026-12-03 ...").
    [GeneratedRegex("[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]{1,7})?", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimes();

    /// <summary>
    /// Every nine-digit run in <paramref name="text"/> that passes the BSN 11-check and is not inside a date-time, a GUID or
    /// a long hex id, in order of appearance.
    /// </summary>
    public static IReadOnlyList<string> FindBsns(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NineDigits().Matches(Identifiers().Replace(DateTimes().Replace(text, "<ts>"), "<id>"))
            .Select(m => m.Value)
            .Where(PassesElevenCheck)
            .ToList();
    }

    /// <summary>
    /// Throws when <paramref name="text"/> holds a BSN. The message gives the count and <paramref name="place"/>, never the
    /// number: a failing test must not put the BSN it caught into the test output.
    /// </summary>
    public static void AssertNone(string text, string place)
    {
        var found = FindBsns(text).Count;
        if (found > 0)
        {
            throw new BsnFoundException($"{found} BSN(s) found in {place}.");
        }
    }

    /// <summary>9*d1 + 8*d2 + ... + 2*d8 - 1*d9 must be divisible by 11; all zeros is not a BSN.</summary>
    public static bool PassesElevenCheck(string nineDigits)
    {
        ArgumentNullException.ThrowIfNull(nineDigits);
        if (nineDigits.Length != 9 || !nineDigits.All(char.IsAsciiDigit) || nineDigits.All(c => c == '0'))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (nineDigits[i] - '0') * (9 - i);
        }

        sum -= nineDigits[8] - '0';
        return sum % 11 == 0;
    }
}

/// <summary>A scan found a BSN where none may be.</summary>
public sealed class BsnFoundException(string message) : Exception(message);
