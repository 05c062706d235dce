using System.Reflection;

namespace Hub.Operations.Endpoints;

/// <summary>
/// The console's few static files (HTML, one script, one stylesheet), embedded in the assembly so they are served
/// the same whether Hub.Operations runs alone or inside the embedded Hub. No build step, no CDN.
/// </summary>
internal static class ConsolePages
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    };

    public static void MapConsolePages(this IEndpointRouteBuilder console)
    {
        // The pages use relative URLs ("api/me"), so the console's root must end in a slash.
        console.MapGet("/", (HttpContext context) => context.Request.Path.Value?.EndsWith('/') == true
            ? Serve("index.html")
            : Results.Redirect(context.Request.PathBase + context.Request.Path + "/"));
        console.MapGet("/{file:regex(^[a-z-]+\\.(html|js|css)$)}", (string file) => Serve(file));
    }

    private static IResult Serve(string file)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Hub.Operations.wwwroot.{file}");
        return stream is null
            ? Results.NotFound()
            : Results.Stream(stream, ContentTypes[Path.GetExtension(file)]);
    }
}
