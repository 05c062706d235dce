namespace Hub.Contracts.Partners;

/// <summary>One adapter's recent imports (100), webhook deliveries (200) and the circuit per partner.</summary>
[Read]
public record AdapterActivity
{
    public required string Adapter { get; init; }
    public required IReadOnlyList<AdapterImport> Imports { get; init; }
    public required IReadOnlyList<AdapterDelivery> Deliveries { get; init; }
    public required IReadOnlyList<AdapterCircuit> Circuits { get; init; }
}
