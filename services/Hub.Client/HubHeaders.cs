namespace Hub.Client;

/// <summary>The request headers the gateway reads.</summary>
public static class HubHeaders
{
    /// <summary>The partner's API key; the gateway takes the partner's identity from it, never from a body.</summary>
    public const string ApiKey = "X-Api-Key";

    /// <summary>Makes a POST or PUT safe to repeat: the same key and body give the same answer and one message.</summary>
    public const string IdempotencyKey = "Idempotency-Key";
}
