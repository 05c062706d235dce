namespace Hub.Portal.Pages.Consents;

/// <summary>A resident's subject access request (GDPR art. 15): a POST, so the BSN never sits in an address or a log line.</summary>
[Authorize(Policy = PortalPolicies.Municipality)]
public sealed class SubjectAccessModel : PortalPage
{
    public sealed class SubjectForm
    {
        public string? Bsn { get; set; }
    }

    [BindProperty]
    public SubjectForm Form { get; set; } = new();

    public SubjectDisclosures? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Result = await TryReadAsync<SubjectDisclosures>(async () =>
            await Api<ISubjectAccessApi>().RequestAsync(new SubjectAccessRequest { Bsn = Form.Bsn?.Trim() ?? "" }, HttpContext.RequestAborted));
        // Who asked is on record; the resident only as the pseudonym the Hub answered with.
        await Log.RecordAsync(User, PortalActions.SubjectAccess, Result?.SubjectPseudonym[..Math.Min(16, Result.SubjectPseudonym.Length)], Result is null ? PortalActions.Refused : PortalActions.Ok, HttpContext.RequestAborted);
        if (Result is not null)
        {
            Form.Bsn = null;
            ModelState.Remove("Form.Bsn");
        }
        return Page();
    }
}
