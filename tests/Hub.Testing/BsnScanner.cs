using System.Text.RegularExpressions;

namespace Hub.Testing;

/// <summary>Finds Dutch citizen service numbers (BSN) in text, for scans that logs and messages leak none.</summary>
public static partial class BsnScanner
{
    // Exactly nine ASCII digits, not part of a longer digit run.
    [GeneratedRegex("(?<![0-9])[0-9]{9}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex NineDigits();

    /// <summary>Every nine-digit run in <paramref name="text"/> that passes the BSN 11-check, in order of appearance.</summary>
    public static IReadOnlyList<string> FindBsns(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NineDigits().Matches(text)
            .Select(m => m.Value)
            .Where(PassesElevenCheck)
            .ToList();
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
