using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using Hub.Contracts.Operations;

namespace Hub.ServiceDefaults.Audit;

/// <summary>
/// Picks the business facts an operator searches by out of a message: Guid ids (VacancyId, SignalId, ...),
/// a short list of descriptive names (category, basis, organisation ids, area) and the PC4 of a postcode.
/// Everything else (pseudonyms, details, free text) stays out, as does any property marked
/// <see cref="PersonalAttribute"/> and any value that holds a nine-digit number (a BSN could hide there).
/// </summary>
public static partial class MessageFacts
{
    private static readonly HashSet<string> DescriptiveNames = new(StringComparer.Ordinal)
    {
        "AreaId", "FocusAreaId", "Category", "Basis", "Reason", "Outcome", "Purpose", "PolicyVersion",
        "EmployerId", "JobAgencyId", "SchoolId", "RaisedBy", "RaisedByRole", "RecipientOrganisation", "SenderOrganisation",
    };

    private static readonly ConcurrentDictionary<Type, Func<object, Dictionary<string, string>>> Readers = new();

    public static IReadOnlyDictionary<string, string> Of(object message) =>
        Readers.GetOrAdd(message.GetType(), CompileReader)(message);

    /// <summary>True when the text holds exactly nine digits in a row (not part of a longer number such as an OIN), the shape of a BSN.</summary>
    public static bool LooksLikeBsn(string text) => NineDigits().IsMatch(text);

    /// <summary>Masks every nine-digit run, so exception messages cannot carry a BSN.</summary>
    public static string Scrub(string text) => NineDigits().Replace(text, "*********");

    private static Func<object, Dictionary<string, string>> CompileReader(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<PersonalAttribute>() is null)
            .Select(p => (Property: p, Kind: KindOf(p)))
            .Where(p => p.Kind != FactKind.None)
            .ToArray();
        return message =>
        {
            var facts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (property, kind) in properties)
            {
                var value = property.GetValue(message);
                switch (kind)
                {
                    case FactKind.Id when value is Guid id && id != Guid.Empty:
                        facts[property.Name] = id.ToString();
                        break;
                    case FactKind.Descriptive when value is string text && text.Length is > 0 and <= 100 && !LooksLikeBsn(text):
                        facts[property.Name] = text;
                        break;
                    case FactKind.Postcode when value is string postcode && postcode.Length >= 4 && postcode[..4].All(char.IsAsciiDigit):
                        facts["Pc4"] = postcode[..4];
                        break;
                }
            }
            return facts;
        };
    }

    private static FactKind KindOf(PropertyInfo property)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (type == typeof(Guid) && property.Name.EndsWith("Id", StringComparison.Ordinal))
        {
            return FactKind.Id;
        }
        if (type != typeof(string))
        {
            return FactKind.None;
        }
        return property.Name == "Postcode" ? FactKind.Postcode
            : DescriptiveNames.Contains(property.Name) ? FactKind.Descriptive
            : FactKind.None;
    }

    private enum FactKind
    {
        None,
        Id,
        Descriptive,
        Postcode,
    }

    [GeneratedRegex("(?<![0-9])[0-9]{9}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex NineDigits();
}
