namespace Hub.Portal.Pages.Signals;

[Authorize(Policy = PortalPolicies.SignalRaiser)]
public sealed class IndexModel : PortalPage
{
    public SignalList? Signals { get; private set; }

    public async Task OnGetAsync() => Signals = await TryReadAsync<SignalList>(async () => await Api<ISignalsApi>().ListRaisedAsync(HttpContext.RequestAborted));
}
