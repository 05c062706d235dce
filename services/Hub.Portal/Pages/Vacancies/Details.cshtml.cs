namespace Hub.Portal.Pages.Vacancies;

[Authorize(Policy = PortalPolicies.VacancyOwner)]
public sealed class DetailsModel : PortalPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public VacancyDetails? Vacancy { get; private set; }

    public IReadOnlyList<ProposalView>? Proposals { get; private set; }

    private string Here => $"{PortalServiceExtensions.PathBase}/vacancies/{Id}";

    public async Task OnGetAsync()
    {
        NewIdempotencyKey();
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostWithdrawAsync()
    {
        var vacancies = Api<IVacanciesApi>();
        return await SendAsync(PortalActions.WithdrawVacancy, Id.ToString(), async key => (await vacancies.WithdrawAsync(Id, key, HttpContext.RequestAborted)).CommandId, Here)
            ?? await ReloadAsync();
    }

    public async Task<IActionResult> OnPostPlacementAsync(Guid proposalId, bool hired)
    {
        var proposals = Api<IProposalsApi>();
        var placement = new PlacementRequest { Hired = hired, StartDate = hired ? DateOnly.FromDateTime(DateTime.Today) : null };
        return await SendAsync(PortalActions.ReportPlacement, proposalId.ToString(),
            async key => (await proposals.ReportPlacementAsync(proposalId, placement, key, HttpContext.RequestAborted)).CommandId, Here)
            ?? await ReloadAsync();
    }

    private async Task<IActionResult> ReloadAsync()
    {
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Vacancy = await TryReadAsync<VacancyDetails>(async () => await Api<IVacanciesApi>().GetAsync(Id, HttpContext.RequestAborted));
        if (Vacancy is null)
        {
            return;
        }
        // Proposals carry the candidates' contact details once they accepted: a read of personal data, logged.
        var proposals = await TryReadAsync<VacancyProposals>(async () =>
        {
            try
            {
                return await Api<IProposalsApi>().GetForVacancyAsync(Id, HttpContext.RequestAborted);
            }
            catch (Refit.ApiException notYet) when (notYet.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                // Job matching has not matched the vacancy yet: no proposals so far.
                return new VacancyProposals { VacancyId = Id };
            }
        });
        Proposals = proposals?.Proposals ?? [];
        await Log.RecordAsync(User, PortalActions.ReadProposals, Id.ToString(), PortalActions.Ok, HttpContext.RequestAborted);
    }
}
