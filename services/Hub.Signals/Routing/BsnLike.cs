using System.Text.RegularExpressions;

namespace Hub.Signals.Routing;

/// <summary>Finds nine-digit runs that pass the BSN 11-check, so a BSN typed into a free field is refused, not stored.</summary>
public static partial class BsnLike
{
    public static bool Occurs(string text) =>
        NineDigits().Matches(Separators().Replace(text, "")).Any(match => PassesElevenCheck(match.Value));

    private static bool PassesElevenCheck(string digits)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (digits[i] - '0') * (9 - i);
        }
        sum -= digits[8] - '0';
        return sum % 11 == 0 && digits.Any(c => c != '0');
    }

    [GeneratedRegex(@"(?<![0-9])[0-9]{9}(?![0-9])")]
    private static partial Regex NineDigits();

    // People write a BSN by hand as 1234.56.782 or 123 456 782: separators between digits are dropped before the scan.
    [GeneratedRegex(@"(?<=[0-9])[ .\-](?=[0-9])")]
    private static partial Regex Separators();
}
