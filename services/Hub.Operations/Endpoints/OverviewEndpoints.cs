using Hub.Operations.Access;
using Hub.Operations.Alerts;
using Hub.Operations.Audit;
using Hub.Operations.Figures;
using Hub.Operations.Live;

namespace Hub.Operations.Endpoints;

/// <summary>Live view, alerts, programme figures and signal decisions.</summary>
internal static class OverviewEndpoints
{
    public static void MapOverview(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(Access.ConsoleAuthentication.Policy);
        api.MapGet("/live", async (HttpContext context, LiveView live) =>
            TypedResults.Ok(await live.TakeAsync(ConsoleSignIn.ScopeOf(context.User), context.RequestAborted)));
        api.MapGet("/alerts", (AlertLog alerts, HttpContext context) => TypedResults.Ok(alerts.Recent(ConsoleSignIn.ScopeOf(context.User))));
        api.MapGet("/areas", (HttpContext context, AreaDirectory areas) =>
            TypedResults.Ok(areas.Areas.Where(a => ConsoleSignIn.ScopeOf(context.User).Allows(a.Id))));
        api.MapGet("/figures/areas", async (HttpContext context, ProgrammeFigures figures) =>
            TypedResults.Ok(await figures.PerAreaAndMonthAsync(ConsoleSignIn.ScopeOf(context.User), context.RequestAborted)));
        api.MapGet("/figures/signal-decisions", async (string? from, HttpContext context, ProgrammeFigures figures) =>
        {
            var check = new QueryValidation();
            var fromDate = check.Date("from", from);
            return check.IsValid
                ? TypedResults.Ok(await figures.SignalDecisionsAsync(ConsoleSignIn.ScopeOf(context.User), fromDate, context.RequestAborted))
                : check.Problem();
        });
    }
}
