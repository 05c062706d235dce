using System.Text.Json;
using Hub.Gateway.Idempotency;
using Microsoft.AspNetCore.Diagnostics;

namespace Hub.Gateway.Errors;

/// <summary>
/// Turns unreadable bodies into 400 Problem Details naming the field at fault (from the JSON path),
/// oversized bodies into 413, and an unconfirmed publish, an unreachable idempotency store or an unanswered
/// read into 503 with Retry-After.
/// </summary>
public sealed class GatewayExceptionHandler(IProblemDetailsService problems, IOptions<GatewayOptions> options) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                new HttpValidationProblemDetails { Status = 413, Title = "Request body too large" },
            BadHttpRequestException { InnerException: JsonException json } => UnreadableJson(json),
            BadHttpRequestException bad => new HttpValidationProblemDetails { Status = bad.StatusCode, Title = "Bad request", Detail = bad.Message },
            BrokerUnavailableException => new HttpValidationProblemDetails
            {
                Status = 503,
                Title = "Temporarily unavailable",
                Detail = "The Hub could not store the message durably; nothing was accepted. Retry with the same Idempotency-Key.",
            },
            IdempotencyStoreUnavailableException => new HttpValidationProblemDetails
            {
                Status = 503,
                Title = "Temporarily unavailable",
                Detail = "The Hub could not check the Idempotency-Key; nothing was accepted. Retry with the same Idempotency-Key.",
            },
            RequestTimeoutException => new HttpValidationProblemDetails
            {
                Status = 503,
                Title = "Temporarily unavailable",
                Detail = "The Hub did not answer in time. Retry later.",
            },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }
        if (problem.Status == 503)
        {
            httpContext.Response.Headers.RetryAfter = options.Value.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static HttpValidationProblemDetails UnreadableJson(JsonException json)
    {
        var field = FieldOf(json.Path);
        return new HttpValidationProblemDetails(new Dictionary<string, string[]>
        {
            [field] = [field == "$" ? "The body is not valid JSON." : "The value has the wrong type or format."],
        })
        {
            Status = 400,
            Title = "One or more validation errors occurred.",
        };
    }

    /// <summary>"$.closingDate" becomes "closingDate", "$.requiredSkills[2]" stays indexed.</summary>
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
}
