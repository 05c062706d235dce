namespace Hub.Pseudonymisation;

/// <summary>The Dutch citizen service number (burgerservicenummer): 9 digits that pass the 11-check.</summary>
public static partial class Bsn
{
    /// <summary>
    /// True for 9 digits where 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is divisible by 11 (the "elfproef"),
    /// except all zeros. No spaces, dots or padding are accepted: one spelling, one pseudonym.
    /// </summary>
    public static bool IsValid(string? value)
    {
        if (value is not { Length: 9 })
        {
            return false;
        }
        var sum = 0;
        var allZeros = true;
        for (var i = 0; i < 9; i++)
        {
            var digit = value[i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }
            allZeros &= digit == 0;
            sum += i < 8 ? (9 - i) * digit : -digit;
        }
        return !allZeros && sum % 11 == 0;
    }

    /// <summary>
    /// True when free text holds nine digits that pass the 11-check, also when written with dots, spaces or
    /// hyphens between the digits (1234.56.782): such text is refused rather than passed on.
    /// </summary>
    public static bool OccursIn(string text)
    {
        var compact = Separators().Replace(text, "");
        return NineDigits().Matches(compact).Any(match => IsValid(match.Value));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![0-9])[0-9]{9}(?![0-9])")]
    private static partial System.Text.RegularExpressions.Regex NineDigits();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[0-9])[ .\-](?=[0-9])")]
    private static partial System.Text.RegularExpressions.Regex Separators();
}
