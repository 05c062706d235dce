namespace Hub.Gateway.Errors;

/// <summary>
/// Refuses a declared oversized body before reading it, with Problem Details. Kestrel's own limit
/// (same value) still stops bodies sent without a Content-Length.
/// </summary>
public sealed class BodySizeLimit(RequestDelegate next, IOptions<GatewayOptions> options, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = 413, Title = "Request body too large", Detail = $"The body may be at most {limit} bytes." },
            });
            return;
        }
        await next(context);
    }
}
