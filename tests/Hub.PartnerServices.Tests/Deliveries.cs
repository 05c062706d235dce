using Hub.Contracts.Signals;

namespace Hub.PartnerServices.Tests;

/// <summary>Signals as the signals service routes them to a partner.</summary>
internal static class Deliveries
{
    public static SignalDelivered SignalFor(string organisationId, int number) => new()
    {
        DeliveryId = Guid.NewGuid(),
        RecipientOrganisation = organisationId,
        RecipientPseudonym = $"rp-{number:D32}",
        Category = "rent-arrears",
        Details = new Dictionary<string, string> { ["amount"] = "845.50", ["since"] = "2026-09-01" },
        OccurredOn = new DateOnly(2026, 11, 16),
        SenderOrganisation = "00000001802327497000",
        SenderName = "Elkien (example)",
        Basis = "wgs-debt-help",
        Purpose = "debt-help",
        DeliveredAt = DateTime.UtcNow,
        ExpiresAt = DateTime.UtcNow.AddDays(365),
    };
}
