namespace Hub.Portal.Pages.Vacancies;

[Authorize(Policy = PortalPolicies.VacancyOwner)]
public sealed class IndexModel : PortalPage
{
    public VacancyList? Vacancies { get; private set; }

    public async Task OnGetAsync() => Vacancies = await TryReadAsync<VacancyList>(async () => await Api<IVacanciesApi>().ListAsync(cancellationToken: HttpContext.RequestAborted));
}
