using System.Text.RegularExpressions;
using Hub.Pseudonymisation;

namespace Hub.Signals.Routing;

/// <summary>
/// Checks a signal against the policy before anything of it is stored. The problem text names fields and rules,
/// never a value, so it may be logged and shown to the sender.
/// </summary>
public static partial class SignalValidation
{
    public const int MaxValueLength = 200;

    public static string? ProblemWith(SignalRaised signal, SignalPolicy policy)
    {
        if (!policy.Categories.TryGetValue(signal.Category, out var category))
        {
            return "unknown category";
        }
        if (!IsHubPseudonym(signal.SubjectPseudonym) || signal.HouseholdPseudonym is { } household && !IsHubPseudonym(household))
        {
            return "the subject or household is not a Hub pseudonym";
        }
        foreach (var (field, value) in signal.Details)
        {
            if (!category.Fields.Contains(field))
            {
                return FieldName().IsMatch(field) ? $"field '{field}' is not a field of {category.Name}" : "a field name is not a field of the category";
            }
            if (value.Length > MaxValueLength)
            {
                return $"field '{field}' is longer than {MaxValueLength} characters";
            }
            if (Bsn.OccursIn(value))
            {
                return $"field '{field}' holds a number that looks like a BSN";
            }
        }
        return null;
    }

    /// <summary>The gateway's pseudonym shape, "ps-" + 32 lower-case hex: never a BSN or a name.</summary>
    public static bool IsHubPseudonym(string? value) => value is not null && HubPseudonym().IsMatch(value);

    [GeneratedRegex(@"^ps-[0-9a-f]{32}\z")]
    private static partial Regex HubPseudonym();

    [GeneratedRegex("^[a-z][a-z0-9-]{0,40}$")]
    private static partial Regex FieldName();
}
