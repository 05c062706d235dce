using Riok.Mapperly.Abstractions;

namespace Hub.Signals.Routing;

/// <summary>A stored delivery as its recipient gets it (the message) and reads it back (the view); generated at build time.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class DeliveryMapping
{
    [MapProperty(nameof(Delivery.Id), nameof(SignalDelivered.DeliveryId))]
    public static partial SignalDelivered ToMessage(this Delivery delivery, string senderName);

    [MapProperty(nameof(Delivery.Id), nameof(DeliveryView.DeliveryId))]
    public static partial DeliveryView ToView(this Delivery delivery, string senderName);
}
