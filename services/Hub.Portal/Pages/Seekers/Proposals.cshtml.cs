using Hub.Portal.Organisations;

namespace Hub.Portal.Pages.Seekers;

[Authorize(Policy = PortalPolicies.SeekerRegistrar)]
public sealed class ProposalsModel : PortalPage
{
    public sealed class ContactForm
    {
        public string? Name { get; set; }
        public string? Phone { get; set; }
        public string? Email { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public string Pseudonym { get; set; } = "";

    [BindProperty]
    public ContactForm Contact { get; set; } = new();

    public IReadOnlyList<ProposalView>? Proposals { get; private set; }

    private string Here => $"{PortalServiceExtensions.PathBase}/seekers/{Uri.EscapeDataString(Pseudonym)}";

    public async Task OnGetAsync()
    {
        NewIdempotencyKey();
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAcceptAsync(Guid proposalId)
    {
        var answer = new ProposalAnswerRequest
        {
            Accepted = true,
            Contact = new ContactRequest { Name = Contact.Name ?? "", Phone = Blank(Contact.Phone), Email = Blank(Contact.Email) },
        };
        return await AnswerAsync(proposalId, answer);
    }

    public Task<IActionResult> OnPostDeclineAsync(Guid proposalId) => AnswerAsync(proposalId, new ProposalAnswerRequest { Accepted = false });

    private async Task<IActionResult> AnswerAsync(Guid proposalId, ProposalAnswerRequest answer)
    {
        var proposals = Api<IProposalsApi>();
        var result = await SendAsync(PortalActions.AnswerProposal, proposalId.ToString(),
            async key => (await proposals.AnswerAsync(proposalId, answer, key, HttpContext.RequestAborted)).CommandId, Here, fieldPrefix: "");
        if (result is not null)
        {
            return result;
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var isSchool = User.RoleOf() == PartnerRoles.School;
        var found = await TryReadAsync<JobSeekerProposals>(async () =>
        {
            try
            {
                return isSchool
                    ? await Api<IStudentsApi>().GetProposalsAsync(Pseudonym, HttpContext.RequestAborted)
                    : await Api<IJobSeekersApi>().GetProposalsAsync(Pseudonym, HttpContext.RequestAborted);
            }
            catch (Refit.ApiException none) when (none.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                return new JobSeekerProposals { SubjectPseudonym = Pseudonym };
            }
        });
        Proposals = found?.Proposals;
        await Log.RecordAsync(User, PortalActions.ReadProposals, Pseudonym[..Math.Min(16, Pseudonym.Length)], found is null ? PortalActions.Refused : PortalActions.Ok, HttpContext.RequestAborted);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
