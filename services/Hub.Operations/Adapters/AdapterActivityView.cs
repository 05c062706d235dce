using Hub.Contracts.Partners;

namespace Hub.Operations.Adapters;

/// <summary>The console's answer for one adapter (its own shape: the bus contract may change without breaking the console's API).</summary>
public sealed record AdapterActivityView(string Adapter, IReadOnlyList<AdapterImportView> Imports, IReadOnlyList<AdapterDeliveryView> Deliveries,
    IReadOnlyList<AdapterCircuitView> Circuits)
{
    public static AdapterActivityView From(AdapterActivity activity) => new(
        activity.Adapter,
        [.. activity.Imports.Select(i => new AdapterImportView(i.ImportId, i.PartnerOrganisation, i.Source, i.Kind, i.Status, i.RowsDone, i.RowsTotal, i.Report, i.StartedAt, i.FinishedAt))],
        [.. activity.Deliveries.Select(d => new AdapterDeliveryView(d.DeliveryId, d.PartnerOrganisation, d.EventType, d.Status, d.Attempts, d.CreatedAt, d.NextAttemptAt, d.DeliveredAt, d.LastError))],
        [.. activity.Circuits.Select(c => new AdapterCircuitView(c.PartnerOrganisation, c.State, c.Since, c.TimesOpened, c.TimesClosed))]);
}

public sealed record AdapterImportView(Guid ImportId, string PartnerOrganisation, string Source, string Kind, string Status, int RowsDone, int RowsTotal,
    string? Report, DateTime StartedAt, DateTime? FinishedAt);

public sealed record AdapterDeliveryView(Guid DeliveryId, string PartnerOrganisation, string EventType, string Status, int Attempts, DateTime CreatedAt,
    DateTime? NextAttemptAt, DateTime? DeliveredAt, string? LastError);

public sealed record AdapterCircuitView(string PartnerOrganisation, string State, DateTime? Since, int TimesOpened, int TimesClosed);
