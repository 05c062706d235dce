namespace Hub.Gateway.Idempotency;

/// <summary>The idempotency store could not be read or written: the request was not processed.</summary>
public sealed class IdempotencyStoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
