namespace Hub.Portal.Pages.Vacancies;

[Authorize(Policy = PortalPolicies.VacancyOwner)]
public sealed class EditModel : PortalPage
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public VacancyForm Form { get; set; } = new();

    public bool Loaded { get; private set; } = true;

    public async Task OnGetAsync()
    {
        NewIdempotencyKey();
        if (Id is { } id)
        {
            var vacancy = await TryReadAsync<VacancyDetails>(async () => await Api<IVacanciesApi>().GetAsync(id, HttpContext.RequestAborted));
            Loaded = vacancy is not null;
            Form = vacancy is null ? new VacancyForm() : VacancyForm.From(vacancy);
        }
        else
        {
            Form = new VacancyForm { ClosingDate = DateOnly.FromDateTime(DateTime.Today.AddMonths(2)) };
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            FormError = T["Het formulier bevat fouten. Verbeter de velden die hieronder gemarkeerd zijn."];
            return Page();
        }
        var vacancies = Api<IVacanciesApi>();
        var request = Form.ToRequest();
        Guid? vacancyId = Id;
        var result = Id is { } id
            ? await SendAsync(PortalActions.UpdateVacancy, id.ToString(), async key => (await vacancies.UpdateAsync(id, request, key, HttpContext.RequestAborted)).CommandId, $"{PortalServiceExtensions.PathBase}/vacancies/{id}")
            : await SendAsync(PortalActions.PublishVacancy, null, async key =>
            {
                var accepted = await vacancies.PublishAsync(request, key, HttpContext.RequestAborted);
                vacancyId = accepted.VacancyId;
                return accepted.CommandId;
            }, PortalServiceExtensions.PathBase + "/vacancies");
        if (result is RedirectToPageResult redirect && Id is null && vacancyId is { } created)
        {
            redirect.RouteValues!["back"] = $"{PortalServiceExtensions.PathBase}/vacancies/{created}";
        }
        return result ?? Page();
    }
}
