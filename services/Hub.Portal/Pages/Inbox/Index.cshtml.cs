using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hub.Portal.Pages.Inbox;

/// <summary>Every partner's deliveries inbox (the municipality's debt team works it daily): read, acknowledge, report the outcome.</summary>
public sealed class IndexModel : PortalPage
{
    public sealed class OutcomeForm
    {
        public string? Outcome { get; set; }
        public string? Note { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public bool IncludeAcknowledged { get; set; }

    [BindProperty]
    public OutcomeForm Outcome { get; set; } = new();

    public DeliveryList? Deliveries { get; private set; }

    public IEnumerable<SelectListItem> Outcomes =>
        new[] { "help-started", "quick-fix", "unjustified", "moved-away", "other" }.Select(code => new SelectListItem(T.Code(code), code));

    private string Here => PortalServiceExtensions.PathBase + "/inbox";

    public async Task OnGetAsync()
    {
        NewIdempotencyKey();
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid deliveryId)
    {
        var signals = Api<ISignalsApi>();
        return await SendAsync(PortalActions.AcknowledgeDelivery, deliveryId.ToString(),
            async key => (await signals.AcknowledgeAsync(new AcknowledgementRequest { DeliveryIds = [deliveryId] }, key, HttpContext.RequestAborted)).CommandId, Here, fieldPrefix: "")
            ?? await ReloadAsync();
    }

    public async Task<IActionResult> OnPostOutcomeAsync(Guid deliveryId)
    {
        var signals = Api<ISignalsApi>();
        var outcome = new OutcomeRequest { Outcome = Outcome.Outcome ?? "", Note = string.IsNullOrWhiteSpace(Outcome.Note) ? null : Outcome.Note.Trim() };
        return await SendAsync(PortalActions.ReportOutcome, deliveryId.ToString(),
            async key => (await signals.ReportOutcomeAsync(deliveryId, outcome, key, HttpContext.RequestAborted)).CommandId, Here, fieldPrefix: "Outcome")
            ?? await ReloadAsync();
    }

    private async Task<IActionResult> ReloadAsync()
    {
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Deliveries = await TryReadAsync<DeliveryList>(async () => await Api<ISignalsApi>().GetDeliveriesAsync(IncludeAcknowledged, cancellationToken: HttpContext.RequestAborted));
        await Log.RecordAsync(User, PortalActions.ReadDeliveries, null, Deliveries is null ? PortalActions.Refused : PortalActions.Ok, HttpContext.RequestAborted);
    }
}
