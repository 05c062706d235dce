using System.Reflection;
using Hub.Client;
using Hub.Messaging;
using Hub.Portal.Access;
using Hub.Portal.Calls;
using Hub.Portal.Organisations;
using Hub.Portal.Storage;
using Hub.Portal.Texts;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Portal;

public static class PortalServiceExtensions
{
    /// <summary>Every portal page lives under this path, so the portal can share a host (the embedded run) with the gateway and the console.</summary>
    public const string PathBase = "/portal";

    public static IHostApplicationBuilder AddPortal(this IHostApplicationBuilder builder)
    {
        // The organisations are the gateway's partners: the same file, read for names and roles only (never the keys).
        if (builder.Configuration["Hub:PartnersFile"] is { Length: > 0 } partnersFile)
        {
            builder.Configuration.AddJsonFile(Path.GetFullPath(partnersFile), optional: false, reloadOnChange: true);
        }
        // The first administrators (hashes only) may come from their own file, mounted apart from the other settings.
        if (builder.Configuration["Hub:Portal:UsersFile"] is { Length: > 0 } usersFile)
        {
            builder.Configuration.AddJsonFile(Path.GetFullPath(usersFile), optional: false);
        }
        builder.AddServiceDatabase<PortalDb>("Portal");
        var services = builder.Services;
        services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.Section).ValidateDataAnnotations()
            .Validate(o => IsKey(o.TokenKey), "Hub:Portal:TokenKey must be base64 of at least 32 bytes (the gateway's Hub:Gateway:PortalTokens:SigningKey).")
            .ValidateOnStart();
        services.AddOptions<OrganisationsOptions>().Bind(builder.Configuration);
        services.AddOptions<PortalOpenIdConnectOptions>().BindConfiguration(PortalOpenIdConnectOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<OrganisationDirectory>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<PortalUsers>();
        services.AddScoped<PortalLog>();
        services.AddScoped<PortalText>();
        services.AddHostedService<AdministratorsAtStart>();
        services.AddHttpContextAccessor();

        // The gateway, called as the signed-in user: the partner API's own rules apply to every page.
        services.AddHubClient<PortalUserCredentials>(client =>
        {
            client.BaseAddress = builder.Configuration.GetSection(PortalOptions.Section).Get<PortalOptions>()?.GatewayAddress;
            // A person waits for the answer: fail within seconds, and the form says to try again (its key makes that safe).
            client.Resilience.TotalTimeout = TimeSpan.FromSeconds(15);
        });

        var authentication = services.AddAuthentication().AddCookie(PortalAuthentication.Scheme, PortalAuthentication.Configure);
        var oidc = builder.Configuration.GetSection(PortalOpenIdConnectOptions.Section).Get<PortalOpenIdConnectOptions>() ?? new();
        if (oidc.Enabled)
        {
            authentication.AddOpenIdConnect(PortalOpenIdConnect.Scheme, oidcOptions => PortalOpenIdConnect.Configure(oidcOptions, oidc));
        }
        services.AddAuthorizationBuilder().AddPortalPolicies();
        services.AddRazorPages(pages =>
        {
            pages.Conventions.Add(new PortalRoutes());
            pages.Conventions.AuthorizeFolder("/", PortalPolicies.SignedIn);
            pages.Conventions.AllowAnonymousToFolder("/Account");
        });
        services.Configure<RouteOptions>(routes => routes.LowercaseUrls = true);
        return builder;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UseWhen(http => http.Request.Path.StartsWithSegments(PathBase), portal =>
        {
            portal.Use(async (http, next) =>
            {
                // No framing, no sniffing, no referrer to other sites; scripts and styles from the portal only.
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'" + FormActionForIdentityProvider(http);
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                await next();
            });
        });
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder routes)
    {
        routes.MapRazorPages();
        routes.MapGet(PathBase + "/portal.css", () => Results.Stream(
            Assembly.GetExecutingAssembly().GetManifestResourceStream("Hub.Portal.wwwroot.portal.css")!, "text/css; charset=utf-8"))
            .AllowAnonymous();
        return routes;
    }

    private static string FormActionForIdentityProvider(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<PortalOpenIdConnectOptions>>().Value is { Enabled: true, Authority: { } authority }
            ? " " + new Uri(authority).GetLeftPart(UriPartial.Authority)
            : "";

    private static bool IsKey(string value)
    {
        var bytes = new byte[value.Length];
        return Convert.TryFromBase64String(value, bytes, out var length) && length >= 32;
    }

    /// <summary>Puts every page of the portal under <see cref="PathBase"/>.</summary>
    private sealed class PortalRoutes : IPageRouteModelConvention
    {
        public void Apply(PageRouteModel model)
        {
            foreach (var selector in model.Selectors.Where(s => s.AttributeRouteModel is not null))
            {
                // Page templates here are written from the portal's root ("/account/sign-in"), so they are prefixed, not overridden.
                selector.AttributeRouteModel!.Template = PathBase.TrimStart('/') + "/" + selector.AttributeRouteModel.Template?.TrimStart('~', '/');
            }
        }
    }
}
