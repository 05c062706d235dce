namespace Hub.JobMatching.Matching;

/// <summary>Dutch postcodes: "8925 AB" -> PC4 8925. Only the four digits matter for matching.</summary>
public static class Postcodes
{
    /// <summary>The PC4 number (1000-9999) of a postcode or PC4 string, or null when it has none.</summary>
    public static int? Pc4Of(string? postcode)
    {
        var text = postcode.AsSpan().Trim();
        if (text.Length < 4 || text[0] == '0')
        {
            return null;
        }
        var pc4 = 0;
        for (var i = 0; i < 4; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return null;
            }
            pc4 = pc4 * 10 + (text[i] - '0');
        }
        // A full postcode continues with two letters, optionally after a space; anything else is no postcode.
        var rest = text[4..].TrimStart();
        return rest.Length == 0 || (rest.Length == 2 && char.IsAsciiLetter(rest[0]) && char.IsAsciiLetter(rest[1]))
            ? pc4
            : null;
    }
}
