using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hub.Portal.Pages.Signals;

[Authorize(Policy = PortalPolicies.SignalRaiser)]
public sealed class RaiseModel : PortalPage
{
    public static readonly string[] CategoryCodes =
        ["rent-arrears", "energy-arrears", "school-absence", "drop-out-risk", "youth-nuisance", "housing-fraud", "domestic-tension"];

    public sealed class DetailRow
    {
        public string? Field { get; set; }
        public string? Value { get; set; }
    }

    public sealed class SignalForm
    {
        public string? Bsn { get; set; }
        public string? HouseholdBsn { get; set; }
        public string? Category { get; set; }
        public DateOnly? OccurredOn { get; set; }
        public List<DetailRow> Details { get; set; } = [new(), new(), new()];
    }

    [BindProperty]
    public SignalForm Form { get; set; } = new();

    public IEnumerable<SelectListItem> Categories => CategoryCodes.Select(code => new SelectListItem(T.Code(code), code));

    public void OnGet()
    {
        NewIdempotencyKey();
        Form = new SignalForm { OccurredOn = DateOnly.FromDateTime(DateTime.Today) };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        while (Form.Details.Count < 3) Form.Details.Add(new DetailRow());
        if (!ModelState.IsValid)
        {
            FormError = T["Het formulier bevat fouten. Verbeter de velden die hieronder gemarkeerd zijn."];
            return Page();
        }
        var request = new SignalRequest
        {
            Bsn = Form.Bsn?.Trim() ?? "",
            HouseholdBsn = string.IsNullOrWhiteSpace(Form.HouseholdBsn) ? null : Form.HouseholdBsn.Trim(),
            Category = Form.Category ?? "",
            OccurredOn = Form.OccurredOn ?? default,
            Details = Form.Details.Where(d => !string.IsNullOrWhiteSpace(d.Field))
                .GroupBy(d => d.Field!.Trim()).ToDictionary(g => g.Key, g => g.Last().Value?.Trim() ?? ""),
        };
        Guid? signalId = null;
        var result = await SendAsync(PortalActions.RaiseSignal, null, async key =>
        {
            var receipt = await Api<ISignalsApi>().RaiseAsync(request, key, HttpContext.RequestAborted);
            signalId = receipt.SignalId;
            return receipt.CommandId;
        }, PortalServiceExtensions.PathBase + "/signals");
        if (result is RedirectToPageResult redirect && signalId is { } id)
        {
            redirect.RouteValues!["back"] = $"{PortalServiceExtensions.PathBase}/signals/{id}";
        }
        return result ?? Page();
    }
}
