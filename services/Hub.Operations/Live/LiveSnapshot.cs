namespace Hub.Operations.Live;

/// <summary>Queues is null where there is no broker (the embedded run).</summary>
public sealed record LiveSnapshot(DateTime TakenAt, IReadOnlyList<ServiceRate> Rates, IReadOnlyList<QueueView>? Queues, IReadOnlyList<ServiceHealth> Health);
