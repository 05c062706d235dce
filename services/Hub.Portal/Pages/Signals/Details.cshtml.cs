namespace Hub.Portal.Pages.Signals;

[Authorize(Policy = PortalPolicies.SignalRaiser)]
public sealed class DetailsModel : PortalPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public SignalStatus? Status { get; private set; }

    public async Task OnGetAsync()
    {
        Status = await TryReadAsync<SignalStatus>(async () => await Api<ISignalsApi>().GetStatusAsync(Id, HttpContext.RequestAborted));
        await Log.RecordAsync(User, PortalActions.ReadSignal, Id.ToString(), Status is null ? PortalActions.Refused : PortalActions.Ok, HttpContext.RequestAborted);
    }
}
