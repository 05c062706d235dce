using Hub.Gateway.Errors;

namespace Hub.Gateway.Idempotency;

/// <summary>
/// Replays the stored answer to a repeated POST/PUT with the same Idempotency-Key and request, so a
/// retry publishes nothing new. The same key with another request is 409. Only 2xx answers are stored:
/// after a 4xx or 5xx the key is free again and the retry runs for real. A repeat that arrives while the
/// first attempt is still running gets 409 with Retry-After at once, rather than holding a connection
/// open (the behaviour the IETF Idempotency-Key draft prescribes).
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, RequestFingerprint fingerprints, IOptions<GatewayOptions> options, ILogger<IdempotencyMiddleware> logger)
{
    public const string ReplayedHeader = "Idempotent-Replayed";

    public async Task InvokeAsync(HttpContext context, IdempotencyStore store)
    {
        var request = context.Request;
        if (!(HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method))
            || context.GetEndpoint()?.Metadata.GetMetadata<IdempotencyKeyMetadata>() is null
            || !request.Headers.TryGetValue(IdempotencyKey.Header, out var keyValues)
            || context.User.FindFirst(PartnerClaims.PartnerId)?.Value is not { } partnerId)
        {
            await next(context);
            return;
        }
        if (!IdempotencyKey.IsValid(keyValues))
        {
            await ProblemResponses.WriteAsync(context, 400, "Invalid Idempotency-Key",
                $"The {IdempotencyKey.Header} header must be one value of 1 to {IdempotencyKey.MaxLength} printable ASCII characters.", IdempotencyKey.Header);
            return;
        }
        // Stored as a keyed hash: a partner's key may carry anything, personal data included.
        var key = fingerprints.OfKey(keyValues.ToString());
        var body = await RequestBody.ReadAsync(request, options.Value.MaxRequestBodyBytes, context.RequestAborted);
        var hash = fingerprints.Of(request.Method, request.Path + request.QueryString, body);
        var attemptId = Guid.CreateVersion7();

        var existing = await Guarded(() => store.ClaimAsync(partnerId, key, hash, attemptId, context.RequestAborted));
        if (existing is not null)
        {
            await AnswerRepeat(context, existing, hash);
            return;
        }
        await RunAndRemember(context, store, partnerId, key, attemptId);
    }

    private async Task RunAndRemember(HttpContext context, IdempotencyStore store, string partnerId, string key, Guid attemptId)
    {
        var response = context.Response;
        var originalBody = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        var stored = false;
        try
        {
            await next(context);
            if (response.StatusCode is >= 200 and <= 299)
            {
                stored = await TryStore(() => store.CompleteAsync(partnerId, key, attemptId, response.StatusCode, buffer.ToArray(), response.ContentType, response.Headers.Location.ToString() is { Length: > 0 } location ? location : null));
            }
        }
        finally
        {
            response.Body = originalBody;
            if (!stored)
            {
                await TryStore(() => store.ReleaseAsync(partnerId, key, attemptId));
            }
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(originalBody, context.RequestAborted);
    }

    private static async Task AnswerRepeat(HttpContext context, IdempotencyRecord existing, string hash)
    {
        if (existing.RequestHash != hash)
        {
            await ProblemResponses.WriteAsync(context, 409, "Idempotency-Key already used",
                $"This {IdempotencyKey.Header} was used for a different request (method, path or body). Use a new key for a new request.", IdempotencyKey.Header);
            return;
        }
        if (existing.StatusCode is not { } status)
        {
            context.Response.Headers.RetryAfter = "1";
            await ProblemResponses.WriteAsync(context, 409, "Request in progress",
                $"A request with this {IdempotencyKey.Header} is still being processed. Retry shortly with the same key to get its answer.", IdempotencyKey.Header);
            return;
        }
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = existing.ContentType;
        if (existing.Location is not null)
        {
            response.Headers.Location = existing.Location;
        }
        response.Headers[ReplayedHeader] = "true";
        response.ContentLength = existing.ResponseBody?.Length ?? 0;
        await response.Body.WriteAsync(existing.ResponseBody ?? [], context.RequestAborted);
    }

    private static async Task<T> Guarded<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation();
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or IdempotencyStoreUnavailableException))
        {
            throw new IdempotencyStoreUnavailableException("The idempotency store is unavailable.", ex);
        }
    }

    /// <summary>
    /// A failure to record the outcome must not turn an accepted request into an error. The key is then
    /// released or, if the store is down, stays "in progress" until <see cref="IdempotencyOptions.InProgressTimeout"/>;
    /// either way a retry may publish again, and the derived message ids let downstream inboxes drop it.
    /// </summary>
    private async Task<bool> TryStore(Func<Task> operation)
    {
        try
        {
            await operation();
            return true;
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Recording an idempotent request's outcome failed");
            return false;
        }
    }
}
