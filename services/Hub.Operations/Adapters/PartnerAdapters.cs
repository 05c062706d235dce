using Hub.Contracts.Partners;
using Hub.Operations.Audit;
using Hub.Operations.Options;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Hub.Operations.Adapters;

/// <summary>
/// The partner adapters' imports, webhook deliveries and circuits, and the retry of a failed delivery, for signed-in
/// operators. The adapters expose no HTTP of their own: the console asks each on its queue ("housing-operations").
/// </summary>
public sealed class PartnerAdapters(IClientFactory clients, AuditSearch audit, IOptions<OperationsOptions> options, ILogger<PartnerAdapters> logger)
{
    public bool Knows(string adapter) => options.Value.Adapters.Contains(adapter, StringComparer.Ordinal);

    /// <summary>Null when the adapter does not answer in time.</summary>
    public async Task<AdapterActivityView?> ActivityAsync(string adapter, string? status, string? partner, string operatorName, CancellationToken ct) =>
        await AskAsync<GetAdapterActivity, AdapterActivity>(adapter,
            new GetAdapterActivity { DeliveryStatus = status, PartnerOrganisation = partner, RequestedBy = operatorName }, ct) is { } activity
            ? AdapterActivityView.From(activity)
            : null;

    /// <summary>
    /// The webhook deliveries of every adapter (optionally of one status), newest first, each with the area of what it
    /// delivered; adapters that do not answer in time are named in <see cref="PartnerDeliveriesView.NotAnswering"/>.
    /// </summary>
    public async Task<PartnerDeliveriesView> DeliveriesAsync(string? status, string operatorName, CancellationToken ct)
    {
        var adapters = options.Value.Adapters;
        var answers = await Task.WhenAll(adapters.Select(adapter => ActivityAsync(adapter, status, null, operatorName, ct)));
        var deliveries = adapters.Zip(answers).Where(a => a.Second is not null)
            .SelectMany(a => a.Second!.Deliveries.Select(d => (Adapter: a.First, Delivery: d)))
            .ToList();
        var areas = await audit.AreasOfAsync([.. deliveries.Select(d => d.Delivery.DeliveryId.ToString())], ct);
        return new PartnerDeliveriesView(
            [.. deliveries.OrderByDescending(d => d.Delivery.CreatedAt).Select(d => PartnerDeliveryView.Of(d.Adapter, d.Delivery, areas.GetValueOrDefault(d.Delivery.DeliveryId.ToString())))],
            [.. adapters.Zip(answers).Where(a => a.Second is null).Select(a => a.First)]);
    }

    /// <summary>Null when the adapter does not answer in time (the retry may still be applied when it comes back).</summary>
    public Task<PartnerDeliveryRetry?> RetryAsync(string adapter, Guid deliveryId, string operatorName, CancellationToken ct)
    {
        logger.LogInformation("Operator {Operator} retries delivery {DeliveryId} at the {Adapter} adapter", operatorName, deliveryId, adapter);
        return AskAsync<RetryPartnerDelivery, PartnerDeliveryRetry>(adapter, new RetryPartnerDelivery { DeliveryId = deliveryId, RequestedBy = operatorName }, ct);
    }

    private async Task<TResponse?> AskAsync<TRequest, TResponse>(string adapter, TRequest request, CancellationToken ct)
        where TRequest : class where TResponse : class
    {
        try
        {
            return (await Client<TRequest>(adapter).GetResponse<TResponse>(request, ct)).Message;
        }
        catch (RequestTimeoutException)
        {
            return null;
        }
    }

    private IRequestClient<T> Client<T>(string adapter) where T : class =>
        clients.CreateRequestClient<T>(new Uri($"queue:{adapter}-operations"), RequestTimeout.After(ms: (int)options.Value.AdapterTimeout.TotalMilliseconds));
}
