using Hub.Portal.Texts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Portal.Pages.Account;

/// <summary>Dutch or English, kept in a cookie for a year.</summary>
public sealed class LanguageModel : PageModel
{
    public IActionResult OnPost(string? language, string? returnUrl)
    {
        Response.Cookies.Append(PortalText.LanguageCookie, language == PortalText.English ? PortalText.English : PortalText.Dutch,
            new CookieOptions { Path = PortalServiceExtensions.PathBase, Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, Secure = Request.IsHttps });
        return LocalRedirect(SignInModel.SafeReturn(returnUrl));
    }
}
