using Hub.Portal.Organisations;

namespace Hub.Portal.Pages.Seekers;

[Authorize(Policy = PortalPolicies.SeekerRegistrar)]
public sealed class IndexModel : PortalPage
{
    public bool IsSchool => User.RoleOf() == PartnerRoles.School;

    public JobSeekerList? Seekers { get; private set; }

    public async Task OnGetAsync()
    {
        Seekers = await TryReadAsync<JobSeekerList>(async () => IsSchool
            ? await Api<IStudentsApi>().ListAsync(HttpContext.RequestAborted)
            : await Api<IJobSeekersApi>().ListAsync(HttpContext.RequestAborted));
        await Log.RecordAsync(User, PortalActions.ReadSeekers, null, Seekers is null ? PortalActions.Refused : PortalActions.Ok, HttpContext.RequestAborted);
    }
}
