namespace Hub.PartnerIntegration.Delivery;

/// <summary>closed, open or half-open; how often it opened and closed again since the service started.</summary>
public sealed record PartnerCircuit(string State, DateTime? Since, int TimesOpened, int TimesClosed);
