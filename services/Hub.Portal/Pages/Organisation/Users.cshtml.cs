using System.Net.Mail;
using Hub.Portal.Storage;

namespace Hub.Portal.Pages.Organisation;

[Authorize(Policy = PortalPolicies.Administrator)]
public sealed class UsersModel(PortalUsers users) : PortalPage
{
    public sealed class InviteForm
    {
        public string? Name { get; set; }
        public string? Email { get; set; }
        public bool Administrator { get; set; }
    }

    [BindProperty]
    public InviteForm Form { get; set; } = new();

    public List<PortalUser> Users { get; private set; } = [];

    public string? InvitationLink { get; private set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync() => Users = await users.OfOrganisationAsync(User.OrganisationOf(), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostInviteAsync()
    {
        if (string.IsNullOrWhiteSpace(Form.Name) || Form.Name.Length > 200) ModelState.AddModelError("Form.Name", T["Vul een naam in (hoogstens 200 tekens)."]);
        if (!MailAddress.TryCreate(Form.Email?.Trim(), out var address) || address.Address.Length > 254) ModelState.AddModelError("Form.Email", T["Vul een geldig e-mailadres in."]);
        if (ModelState.IsValid)
        {
            var secret = await users.InviteAsync(User.OrganisationOf(), address!.Address, Form.Name!, Form.Administrator, User.EmailOf(), HttpContext.RequestAborted);
            await Log.RecordAsync(User, PortalActions.InviteUser, PortalUsers.Normalise(address.Address), secret is null ? PortalActions.Refused : PortalActions.Ok, HttpContext.RequestAborted);
            if (secret is null)
            {
                ModelState.AddModelError("Form.Email", T["Dit e-mailadres heeft al een account in het portaal."]);
            }
            else
            {
                InvitationLink = $"{Request.Scheme}://{Request.Host}{PortalServiceExtensions.PathBase}/account/invitation?code={secret}";
                Form = new InviteForm();
                ModelState.Clear();
            }
        }
        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid userId)
    {
        var result = await users.RemoveAsync(User.OrganisationOf(), userId, HttpContext.RequestAborted);
        await Log.RecordAsync(User, PortalActions.RemoveUser, userId.ToString(), result == RemoveResult.Removed ? PortalActions.Ok : PortalActions.Refused, HttpContext.RequestAborted);
        Message = result switch
        {
            RemoveResult.Removed => T["De gebruiker is verwijderd en kan niets meer doen in het portaal."],
            RemoveResult.LastAdministrator => T["Dit is de laatste beheerder van uw organisatie; nodig eerst een andere beheerder uit."],
            _ => T["Deze gebruiker bestaat niet (meer) in uw organisatie."],
        };
        await OnGetAsync();
        return Page();
    }
}
