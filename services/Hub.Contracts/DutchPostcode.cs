using System.Text.RegularExpressions;

namespace Hub.Contracts;

/// <summary>The postcode as every contract carries it ("8925AB"), one rule for every edge (the gateway, the partner adapters).</summary>
public static partial class DutchPostcode
{
    /// <summary>Normalises "8925 ab" to "8925AB"; null when it is not a valid Dutch postcode.</summary>
    public static string? Normalise(string? value)
    {
        if (value is null)
        {
            return null;
        }
        var match = Pattern().Match(value.Trim());
        if (!match.Success)
        {
            return null;
        }
        var letters = match.Groups["letters"].Value.ToUpperInvariant();
        // PostNL never issues SA, SD and SS.
        return letters is "SA" or "SD" or "SS" ? null : match.Groups["digits"].Value + letters;
    }

    [GeneratedRegex(@"^(?<digits>[1-9][0-9]{3}) ?(?<letters>[A-Za-z]{2})$")]
    private static partial Regex Pattern();
}
