namespace Hub.Gateway.Pseudonyms;

/// <summary>The Dutch citizen service number (burgerservicenummer): 9 digits that pass the 11-check.</summary>
public static class Bsn
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
}
