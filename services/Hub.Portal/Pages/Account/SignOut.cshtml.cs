using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Portal.Pages.Account;

public sealed class SignOutModel(PortalLog log) : PageModel
{
    public IActionResult OnGet() => Redirect(PortalServiceExtensions.PathBase + "/");

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await HttpContext.AuthenticateAsync(PortalAuthentication.Scheme);
        if (result.Principal is { } user && user.HasClaim(c => c.Type == PortalClaims.Organisation))
        {
            await log.RecordAsync(user, PortalActions.SignOut, null, PortalActions.Ok);
        }
        await HttpContext.SignOutAsync(PortalAuthentication.Scheme);
        return Redirect(PortalServiceExtensions.PathBase + "/account/sign-in");
    }
}
