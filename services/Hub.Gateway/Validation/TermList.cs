using System.Text.RegularExpressions;

namespace Hub.Gateway.Validation;

/// <summary>Lists of short free-text terms (skills, languages, licences): checked for shape, stored trimmed and lower-case.</summary>
public static partial class TermList
{
    public const int MaxTermLength = 60;

    /// <summary>Free text must not carry a BSN past the pseudonymiser: the same answer for every field that refuses one.</summary>
    public const string BsnRefusal = "may not hold a BSN (or a number that looks like one); a BSN goes only in a bsn field.";

    public static bool IsTerm(string? term) =>
        !string.IsNullOrWhiteSpace(term) && term.Length <= MaxTermLength && TermPattern().IsMatch(term);

    /// <summary>Reports the first bad entry as <c>field[i]</c>, or the list as <c>field</c> when it is too long.</summary>
    public static void Check(string[]? terms, string field, int max, Action<string, string> fail)
    {
        if (terms is null)
        {
            return;
        }
        if (terms.Length > max)
        {
            fail(field, $"At most {max} entries are allowed.");
            return;
        }
        for (var i = 0; i < terms.Length; i++)
        {
            if (!IsTerm(terms[i]))
            {
                fail($"{field}[{i}]", $"Each entry must be 1 to {MaxTermLength} letters, digits, spaces or - + . / characters.");
                return;
            }
            if (Bsn.OccursIn(terms[i]))
            {
                fail($"{field}[{i}]", BsnRefusal);
                return;
            }
        }
    }

    public static string[] Normalise(string[]? terms) =>
        terms is null ? [] : [.. terms.Select(t => t.Trim().ToLowerInvariant()).Distinct()];

    [GeneratedRegex(@"^[\p{L}\p{N} \-+./]+\z")]
    private static partial Regex TermPattern();
}
