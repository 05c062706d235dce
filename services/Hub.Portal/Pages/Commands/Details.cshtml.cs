using Hub.Portal.Pages.Account;

namespace Hub.Portal.Pages.Commands;

/// <summary>A command's fate, as GET /api/v1/commands/{id} tells it: pending, applied, or refused and why.</summary>
public sealed class DetailsModel : PortalPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "back")]
    public string? BackTo { get; set; }

    public string Back => SignInModel.SafeReturn(BackTo);

    public CommandStatus? Command { get; private set; }

    public async Task OnGetAsync() => Command = await TryReadAsync<CommandStatus>(async () => await Api<ICommandsApi>().GetAsync(Id, HttpContext.RequestAborted));
}
