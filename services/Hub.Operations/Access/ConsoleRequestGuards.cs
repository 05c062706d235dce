using Microsoft.Extensions.Options;

namespace Hub.Operations.Access;

/// <summary>
/// What every console response and request gets: browser security headers on the way out, and on the way in a refusal
/// of any state-changing request whose Origin (or, lacking it, Referer) is not the console's own, so another site cannot
/// make a signed-in operator's browser retry, archive or sign out.
/// </summary>
public sealed class ConsoleRequestGuards(RequestDelegate next, IOptions<ConsoleOpenIdConnectOptions> oidc)
{
    private readonly string _contentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'; "
        // Signing out of the identity provider is a form post answered by a redirect to it.
        + $"form-action 'self'{(oidc.Value.IsEnabled && Uri.TryCreate(oidc.Value.Authority, UriKind.Absolute, out var authority) ? " " + authority.GetLeftPart(UriPartial.Authority) : "")}";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(OperationsServiceExtensions.PathBase))
        {
            await next(context);
            return;
        }
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = _contentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        // same-origin, not no-referrer: browsers then still send the console's own Origin on its POSTs.
        headers["Referrer-Policy"] = "same-origin";
        headers.CacheControl = "no-store";
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !HttpMethods.IsOptions(context.Request.Method)
            && !IsSameOrigin(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsJsonAsync(
                new { title = "Cross-origin request refused", status = 403, detail = "The console takes changes only from its own pages." },
                options: null, contentType: "application/problem+json", cancellationToken: context.RequestAborted);
            return;
        }
        await next(context);
    }

    private static bool IsSameOrigin(HttpRequest request)
    {
        var own = $"{request.Scheme}://{request.Host}";
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase);
        }
        return Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
            && string.Equals(referer.GetLeftPart(UriPartial.Authority), own, StringComparison.OrdinalIgnoreCase);
    }
}
