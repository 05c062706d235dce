namespace Hub.Gateway.Idempotency;

/// <summary>Marks endpoints whose POST and PUT requests honour the Idempotency-Key header.</summary>
public sealed class IdempotencyKeyMetadata
{
    public static readonly IdempotencyKeyMetadata Instance = new();

    private IdempotencyKeyMetadata()
    {
    }
}
