namespace Hub.Gateway.Tests.BadInputs;

/// <summary>One generated bad request; <see cref="Description"/> says what is wrong with it, for the failure report.</summary>
public sealed record MalformedRequest(
    string Endpoint,
    string Description,
    HttpMethod Method,
    string Path,
    string ApiKey,
    byte[]? Body,
    string? ContentType,
    bool WithoutContentLength = false,
    string? IdempotencyKey = null,
    string? Accept = null);
