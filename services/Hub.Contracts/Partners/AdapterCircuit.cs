namespace Hub.Contracts.Partners;

/// <summary>The circuit breaker in front of one partner's webhook.</summary>
public record AdapterCircuit
{
    public required string PartnerOrganisation { get; init; }
    public required string State { get; init; }
    public DateTime? Since { get; init; }
    public required int TimesOpened { get; init; }
    public required int TimesClosed { get; init; }
}
