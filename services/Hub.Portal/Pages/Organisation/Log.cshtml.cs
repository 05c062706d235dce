using Hub.Portal.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Portal.Pages.Organisation;

[Authorize(Policy = PortalPolicies.Administrator)]
public sealed class LogModel(PortalDb db) : PortalPage
{
    public List<PortalAction> Actions { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var organisation = User.OrganisationOf();
        Actions = await db.Actions.AsNoTracking().Where(a => a.OrganisationId == organisation)
            .OrderByDescending(a => a.Id).Take(200).ToListAsync(HttpContext.RequestAborted);
    }
}
