using Hub.Portal.Organisations;
using Hub.Portal.Storage;
using Microsoft.AspNetCore.Authentication;

namespace Hub.Portal.Pages.Account;

public sealed class InvitationModel(PortalUsers users, OrganisationDirectory organisations) : PortalPage
{
    public sealed class PasswordForm
    {
        public string? Password { get; set; }
        public string? Repeat { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty]
    public PasswordForm Form { get; set; } = new();

    public PortalUser? Invited { get; private set; }

    public string OrganisationName => Invited is null ? "" : organisations.Find(Invited.OrganisationId)?.Name ?? "";

    public async Task OnGetAsync() => Invited = await users.FindInvitationAsync(Code, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        Invited = await users.FindInvitationAsync(Code, HttpContext.RequestAborted);
        if (Invited is null)
        {
            return Page();
        }
        if ((Form.Password ?? "").Length < PortalUsers.MinimumPasswordLength)
            ModelState.AddModelError("Form.Password", T["Het wachtwoord moet minstens 12 tekens hebben."]);
        else if (Form.Password != Form.Repeat)
            ModelState.AddModelError("Form.Repeat", T["De twee wachtwoorden zijn niet gelijk."]);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.AcceptAsync(Code, Form.Password!, HttpContext.RequestAborted);
        if (user is null || organisations.Find(user.OrganisationId) is not { } organisation)
        {
            Invited = null;
            return Page();
        }
        await Log.RecordAsync(user.Id, user.Email, user.OrganisationId, PortalActions.AcceptInvitation, null, PortalActions.Ok);
        await HttpContext.SignInAsync(PortalAuthentication.Scheme, PortalClaims.PrincipalFor(user, organisation, "password"));
        return Redirect(PortalServiceExtensions.PathBase + "/");
    }
}
