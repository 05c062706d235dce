using Hub.PartnerIntegration.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.PartnerIntegration.Operations;

/// <summary>
/// For operators on the internal network (not exposed through the gateway): import progress and reports,
/// webhook deliveries by status, circuits per partner, and retry of a delivery that failed for good.
/// </summary>
public static class AdapterEndpoints
{
    public static IEndpointRouteBuilder MapPartnerAdapter<TDb>(this IEndpointRouteBuilder app) where TDb : PartnerAdapterDb
    {
        var adapter = app.ServiceProvider.GetRequiredService<PartnerAdapter<TDb>>();
        var group = app.MapGroup($"/{adapter.Prefix}").WithTags(adapter.Name);
        // Handlers resolve the generic operations themselves: the route analyzer cannot handle generic parameter types.
        group.MapGet("/imports", (HttpContext http, CancellationToken ct) => Operations(http).ImportsAsync(ct));
        group.MapGet("/deliveries", (HttpContext http, DeliveryStatus? status, string? partner, CancellationToken ct) => Operations(http).DeliveriesAsync(status, partner, ct));
        group.MapGet("/circuits", (HttpContext http) => Operations(http).Circuits());
        group.MapPost("/deliveries/{deliveryId:guid}/retry", (HttpContext http, Guid deliveryId, CancellationToken ct) => Operations(http).RetryAsync(deliveryId, ct));
        return app;

        static AdapterOperations<TDb> Operations(HttpContext http) => http.RequestServices.GetRequiredService<AdapterOperations<TDb>>();
    }
}
