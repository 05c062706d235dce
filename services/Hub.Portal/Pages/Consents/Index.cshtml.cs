using Hub.Portal.Organisations;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hub.Portal.Pages.Consents;

[Authorize(Policy = PortalPolicies.Municipality)]
public sealed class IndexModel : PortalPage
{
    public sealed class ConsentForm
    {
        public string? Bsn { get; set; }
        public List<string> Categories { get; set; } = [];
        public string? ToRole { get; set; }
        public string? ToOrganisation { get; set; }
        public string? Purpose { get; set; }
        public DateOnly? ValidUntil { get; set; }
    }

    public sealed class RevocationForm
    {
        public string? Bsn { get; set; }
        public Guid? ConsentId { get; set; }
    }

    [BindProperty]
    public ConsentForm Consent { get; set; } = new();

    [BindProperty]
    public RevocationForm Revocation { get; set; } = new();

    public IEnumerable<SelectListItem> Roles =>
        new[] { "", PartnerRoles.JobAgency, PartnerRoles.Municipality, PartnerRoles.HousingCorporation, PartnerRoles.School, PartnerRoles.Police }
            .Select(role => new SelectListItem(role.Length == 0 ? T["(geen: één organisatie)"] : T.Code(role), role));

    private string Here => PortalServiceExtensions.PathBase + "/consents";

    public void OnGet()
    {
        NewIdempotencyKey();
        Consent = new ConsentForm { ValidUntil = DateOnly.FromDateTime(DateTime.Today.AddYears(1)), ToRole = PartnerRoles.JobAgency };
    }

    public async Task<IActionResult> OnPostRecordAsync()
    {
        ModelState.Remove("Revocation.ConsentId");
        var request = new ConsentRequest
        {
            Bsn = Consent.Bsn?.Trim() ?? "",
            Categories = Consent.Categories,
            ToRole = string.IsNullOrWhiteSpace(Consent.ToRole) ? null : Consent.ToRole,
            ToOrganisation = string.IsNullOrWhiteSpace(Consent.ToOrganisation) ? null : Consent.ToOrganisation.Trim(),
            Purpose = Consent.Purpose?.Trim() ?? "",
            ValidUntil = Consent.ValidUntil ?? default,
        };
        var consents = Api<IConsentsApi>();
        return await SendAsync(PortalActions.RecordConsent, null, async key => (await consents.RecordAsync(request, key, HttpContext.RequestAborted)).CommandId, Here, fieldPrefix: "Consent")
            ?? Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync()
    {
        if (!ModelState.IsValid)
        {
            FormError = T["Het formulier bevat fouten. Verbeter de velden die hieronder gemarkeerd zijn."];
            return Page();
        }
        var request = new ConsentRevocationRequest { Bsn = Revocation.Bsn?.Trim() ?? "", ConsentId = Revocation.ConsentId };
        var consents = Api<IConsentsApi>();
        return await SendAsync(PortalActions.RevokeConsent, Revocation.ConsentId?.ToString(), async key => (await consents.RevokeAsync(request, key, HttpContext.RequestAborted)).CommandId, Here, fieldPrefix: "Revocation")
            ?? Page();
    }
}
