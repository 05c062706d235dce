using Hub.Client;
using Hub.Client.Models;
using Hub.Portal.Access;
using Hub.Portal.Calls;
using Hub.Portal.Organisations;
using Microsoft.AspNetCore.Authorization;

namespace Hub.Portal.Pages.Seekers;

[Authorize(Policy = PortalPolicies.SeekerRegistrar)]
public sealed class IndexModel : PortalPage
{
    public bool IsSchool => User.RoleOf() == PartnerRoles.School;

    public JobSeekerList? Seekers { get; private set; }

    public async Task OnGetAsync() => Seekers = await TryReadAsync<JobSeekerList>(async () => IsSchool
        ? await Api<IStudentsApi>().ListAsync(HttpContext.RequestAborted)
        : await Api<IJobSeekersApi>().ListAsync(HttpContext.RequestAborted));
}
