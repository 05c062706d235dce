namespace Hub.Client.Tests;

/// <summary>One request as the fake gateway saw it.</summary>
public sealed record RecordedRequest(string Method, string Path, string? ApiKey, string? IdempotencyKey, long? ContentLength, string? Authorization = null);
