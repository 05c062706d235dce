namespace Hub.Portal.Pages.Inbox;

public sealed class CasesModel : PortalPage
{
    public MultiProblemCaseList? Cases { get; private set; }

    public async Task OnGetAsync()
    {
        Cases = await TryReadAsync<MultiProblemCaseList>(async () => await Api<ISignalsApi>().GetCasesAsync(HttpContext.RequestAborted));
        await Log.RecordAsync(User, PortalActions.ReadCases, null, Cases is null ? PortalActions.Refused : PortalActions.Ok, HttpContext.RequestAborted);
    }
}
