namespace Hub.Portal.Pages.Figures;

[Authorize(Policy = PortalPolicies.Municipality)]
public sealed class IndexModel : PortalPage
{
    public AreaFigures? Figures { get; private set; }

    public async Task OnGetAsync() => Figures = await TryReadAsync<AreaFigures>(async () => await Api<IFiguresApi>().GetAreaFiguresAsync(HttpContext.RequestAborted));
}
