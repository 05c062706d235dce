using Hub.Portal.Organisations;
using Microsoft.AspNetCore.Authentication;

namespace Hub.Portal.Pages.Account;

public sealed class SignInModel(PortalUsers users, OrganisationDirectory organisations, SignInThrottle throttle, IOptions<PortalOpenIdConnectOptions> oidc) : PortalPage
{
    public sealed class SignInForm
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
    }

    [BindProperty]
    public SignInForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Refused { get; set; }

    public bool IdentityProvider => oidc.Value.Enabled;

    public void OnGet() => Form.Password = null;

    public async Task<IActionResult> OnPostAsync()
    {
        var email = Form.Email?.Trim() ?? "";
        if (email.Length == 0) ModelState.AddModelError("Form.Email", T["Vul uw e-mailadres in."]);
        if (string.IsNullOrEmpty(Form.Password)) ModelState.AddModelError("Form.Password", T["Vul uw wachtwoord in."]);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (throttle.IsLocked(email))
        {
            await Log.RecordAsync(null, PortalUsers.Normalise(email), "", PortalActions.SignIn, "password", PortalActions.Locked);
            FormError = T["Te vaak een verkeerd wachtwoord. Probeer het over een kwartier opnieuw."];
            return Page();
        }
        var user = await users.VerifyAsync(email, Form.Password!, HttpContext.RequestAborted);
        var organisation = user is null ? null : organisations.Find(user.OrganisationId);
        if (user is null || organisation is null)
        {
            throttle.Failed(email);
            await Log.RecordAsync(null, PortalUsers.Normalise(email), user?.OrganisationId ?? "", PortalActions.SignIn, "password", PortalActions.WrongPassword);
            FormError = T["Dit e-mailadres en wachtwoord passen niet bij een account."];
            return Page();
        }
        throttle.Succeeded(email);
        await HttpContext.SignInAsync(PortalAuthentication.Scheme, PortalClaims.PrincipalFor(user, organisation, "password"));
        await Log.RecordAsync(user.Id, user.Email, user.OrganisationId, PortalActions.SignIn, "password", PortalActions.Ok);
        return LocalRedirect(SafeReturn(ReturnUrl));
    }

    public IActionResult OnPostProvider() =>
        IdentityProvider
            ? Challenge(new AuthenticationProperties { RedirectUri = SafeReturn(ReturnUrl) }, PortalOpenIdConnect.Scheme)
            : NotFound();

    /// <summary>Only a path of the portal itself: a sign-in link cannot send the user elsewhere.</summary>
    internal static string SafeReturn(string? returnUrl) =>
        returnUrl is { Length: > 1 } url && url.StartsWith(PortalServiceExtensions.PathBase + "/", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\')
            ? url
            : PortalServiceExtensions.PathBase + "/";
}
