using Hub.Portal.Organisations;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hub.Portal.Pages.Seekers;

[Authorize(Policy = PortalPolicies.SeekerRegistrar)]
public sealed class RegisterModel : PortalPage
{
    [BindProperty]
    public SeekerForm Form { get; set; } = new();

    public bool IsSchool => User.RoleOf() == PartnerRoles.School;

    public IEnumerable<SelectListItem> BenefitTypes =>
        new[] { "none", "ww", "bijstand", "wajong", "wia", "other" }.Select(code => new SelectListItem(T.Code("benefit:" + code), code));

    public void OnGet()
    {
        NewIdempotencyKey();
        Form = new SeekerForm { AvailableFrom = DateOnly.FromDateTime(DateTime.Today), HoursMin = 24, HoursMax = 36, MaxTravelKm = 15 };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            FormError = T["Het formulier bevat fouten. Verbeter de velden die hieronder gemarkeerd zijn."];
            return Page();
        }
        string? pseudonym = null;
        var result = await SendAsync(PortalActions.RegisterSeeker, null, async key =>
        {
            var receipt = IsSchool
                ? await Api<IStudentsApi>().RegisterAsync(Form.ToStudent(), key, HttpContext.RequestAborted)
                : await Api<IJobSeekersApi>().RegisterAsync(Form.ToJobSeeker(), key, HttpContext.RequestAborted);
            pseudonym = receipt.SubjectPseudonym;
            return receipt.CommandId;
        }, PortalServiceExtensions.PathBase + "/seekers");
        if (result is RedirectToPageResult redirect && pseudonym is not null)
        {
            redirect.RouteValues!["back"] = $"{PortalServiceExtensions.PathBase}/seekers/{Uri.EscapeDataString(pseudonym)}";
        }
        return result ?? Page();
    }
}
