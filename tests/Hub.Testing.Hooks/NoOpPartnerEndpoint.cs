using System.Text.Json;
using Hub.Testing.Hooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

[assembly: HostingStartup(typeof(NoOpPartnerEndpoint))]

namespace Hub.Testing.Hooks;

/// <summary>
/// POST /api/v1/load-test/no-op in the gateway, for the load harness's floor: a partner request authenticated and
/// authorised as the vacancy POST is (the gateway's default scheme and its vacancy-owner policy), its JSON body read and
/// parsed, a 202 with a small JSON body; nothing stored or published. Mapped only when the process is started with
/// ASPNETCORE_HOSTINGSTARTUPASSEMBLIES=Hub.Testing.Hooks (and this assembly as its startup hook).
/// </summary>
public sealed class NoOpPartnerEndpoint : IHostingStartup
{
    public const string Path = "/api/v1/load-test/no-op";
    private const string VacancyOwnerPolicy = "vacancy-owner";

    public void Configure(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, Filter>());

    private sealed class Filter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.MapWhen(http => http.Request.Path.Equals(Path, StringComparison.Ordinal), branch => branch
                .UseRouting()
                .UseAuthentication()
                .UseAuthorization()
                .UseEndpoints(routes => routes.MapPost(Path, AcceptAsync).RequireAuthorization(VacancyOwnerPolicy)));
            next(app);
        };

        private static async Task<IResult> AcceptAsync(HttpRequest request)
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            var id = Guid.CreateVersion7();
            return Results.Accepted($"/api/v1/commands/{id}", new { vacancyId = id, commandId = id, status = "pending" });
        }
    }
}
