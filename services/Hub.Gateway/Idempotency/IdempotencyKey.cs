using Microsoft.Extensions.Primitives;

namespace Hub.Gateway.Idempotency;

/// <summary>The <c>Idempotency-Key</c> request header: one value, 1 to 100 printable ASCII characters.</summary>
public static class IdempotencyKey
{
    public const string Header = "Idempotency-Key";
    public const int MaxLength = 100;

    public static bool IsValid(StringValues values) =>
        values is [{ Length: > 0 and <= MaxLength } key]
        && !string.IsNullOrWhiteSpace(key)
        && key.All(c => c is >= ' ' and <= '~');
}
