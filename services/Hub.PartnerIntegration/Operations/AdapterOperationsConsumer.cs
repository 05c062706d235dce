using Hub.Contracts.Partners;
using Hub.PartnerIntegration.Storage;
using MassTransit;

namespace Hub.PartnerIntegration.Operations;

/// <summary>The console's requests to this adapter, on the adapter's own queue ("housing-operations").</summary>
public sealed class AdapterOperationsConsumer<TDb>(AdapterOperations<TDb> operations) : IConsumer<GetAdapterActivity>, IConsumer<RetryPartnerDelivery>
    where TDb : PartnerAdapterDb
{
    public async Task Consume(ConsumeContext<GetAdapterActivity> context)
    {
        var status = Enum.TryParse<DeliveryStatus>(context.Message.DeliveryStatus, ignoreCase: true, out var parsed) ? parsed : (DeliveryStatus?)null;
        await context.RespondAsync(await operations.ActivityAsync(status, context.Message.PartnerOrganisation, context.CancellationToken));
    }

    public async Task Consume(ConsumeContext<RetryPartnerDelivery> context) =>
        await context.RespondAsync(await operations.RetryAsync(context.Message.DeliveryId, context.Message.RequestedBy, context.CancellationToken));
}
