using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.ServiceDefaults.Hosting;

/// <summary>
/// First in every service's pipeline: the probe port serves health only, and a response over TLS tells browsers to
/// keep to HTTPS (HSTS; ASP.NET Core sends it only over TLS and never for localhost).
/// </summary>
internal sealed class EdgeStartupFilter(IOptions<EdgeOptions> options, IHostEnvironment environment) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        if (options.Value.ProbePort is { } probePort)
        {
            app.Use((context, nextMiddleware) =>
                context.Connection.LocalPort == probePort && !context.Request.Path.StartsWithSegments("/health")
                    ? Results.NotFound().ExecuteAsync(context)
                    : nextMiddleware(context));
        }
        if (!environment.IsDevelopment())
        {
            app.UseHsts();
        }
        next(app);
    };
}
