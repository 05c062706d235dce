namespace Hub.Operations.Live;

/// <summary>Messages per minute over the last five minutes.</summary>
public sealed record ServiceRate(string Service, double SentPerMinute, double ProcessedPerMinute, double FaultedPerMinute);
