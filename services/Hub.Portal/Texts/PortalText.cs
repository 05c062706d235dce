using System.Globalization;

namespace Hub.Portal.Texts;

/// <summary>
/// The portal's words. Dutch is the interface language and the key; <see cref="PortalTexts.English"/> holds each
/// translation, and a test checks that every Dutch text a page uses has one. Messages from the gateway come in English;
/// the known ones are translated. The language is the user's choice in a cookie (Dutch without one), not a .NET culture:
/// the services run in invariant globalization mode, so dates are written here.
/// </summary>
public sealed class PortalText(IHttpContextAccessor http)
{
    public const string LanguageCookie = "hub-portal-language";
    public const string Dutch = "nl";
    public const string English = "en";

    private static readonly string[] DutchMonths = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
    private static readonly string[] EnglishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly TimeZoneInfo Netherlands = FindNetherlands();

    /// <summary>nl or en: the html element's lang.</summary>
    public string Language => http.HttpContext?.Request.Cookies[LanguageCookie] == English ? English : Dutch;

    private bool IsEnglish => Language == English;

    public string this[string dutch] => IsEnglish && PortalTexts.English.TryGetValue(dutch, out var english) ? english : dutch;

    /// <summary>A message from the gateway (English): in Dutch where the portal knows it, otherwise as the gateway wrote it.</summary>
    public string Gateway(string message) =>
        IsEnglish ? message : PortalTexts.GatewayInDutch.TryGetValue(message, out var dutch) ? dutch : message;

    /// <summary>A code of the API (a category, a status, a reason) in words.</summary>
    public string Code(string code) => this[PortalTexts.Codes.TryGetValue(code, out var dutch) ? dutch : code];

    public string Date(DateOnly date) => $"{date.Day} {(IsEnglish ? EnglishMonths : DutchMonths)[date.Month - 1]} {date.Year}";

    /// <summary>A moment in Dutch time (the Hub stores UTC).</summary>
    public string Date(DateTime moment)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(moment, DateTimeKind.Utc), Netherlands);
        return $"{Date(DateOnly.FromDateTime(local))} {local.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }

    private static TimeZoneInfo FindNetherlands()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
