using Hub.Client;
using Hub.Client.Models;
using Hub.Portal.Access;
using Hub.Portal.Calls;
using Microsoft.AspNetCore.Authorization;

namespace Hub.Portal.Pages.Signals;

[Authorize(Policy = PortalPolicies.SignalRaiser)]
public sealed class IndexModel : PortalPage
{
    public SignalList? Signals { get; private set; }

    public async Task OnGetAsync() => Signals = await TryReadAsync<SignalList>(async () => await Api<ISignalsApi>().ListRaisedAsync(HttpContext.RequestAborted));
}
