using Hub.Contracts.Matching;
using Hub.Gateway.Errors;
using Hub.Gateway.Figures;
using Hub.Gateway.JobSeekers;
using Hub.Gateway.Partners;
using Hub.Gateway.Proposals;
using Hub.Gateway.Pseudonyms;
using Hub.Gateway.Publishing;
using Hub.Gateway.Vacancies;
using MassTransit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Routing;
using Scalar.AspNetCore;

namespace Hub.Gateway;

public static class GatewayServiceExtensions
{
    /// <summary>Partner authentication and roles, BSN pseudonymisation, validation errors as Problem Details, OpenAPI, confirmed publishing.</summary>
    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration["Hub:PartnersFile"] is { Length: > 0 } partnersFile)
        {
            builder.Configuration.AddJsonFile(Path.GetFullPath(partnersFile), optional: false, reloadOnChange: false);
        }
        var services = builder.Services;
        services.AddOptions<GatewayOptions>().BindConfiguration(GatewayOptions.Section);
        services.AddOptions<PartnerRegistryOptions>().Bind(builder.Configuration).ValidateDataAnnotations();
        services.AddSingleton<PartnerRegistry>();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<ConfirmedPublisher>();
        services.AddPseudonymisation();

        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddPartnerPolicies();

        // Unreadable bodies throw, so the exception handler can name the field at fault.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<GatewayExceptionHandler>();
        services.AddOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>()
            .Configure<Microsoft.Extensions.Options.IOptions<GatewayOptions>>((kestrel, gateway) => kestrel.Limits.MaxRequestBodySize = gateway.Value.MaxRequestBodyBytes);
        services.AddOpenApi();
        return builder;
    }

    public static void AddGatewayClients(this IBusRegistrationConfigurator bus)
    {
        bus.AddRequestClient<GetVacancy>();
        bus.AddRequestClient<GetVacancyProposals>();
        bus.AddRequestClient<GetJobSeekerProposals>();
        bus.AddRequestClient<GetAreaFigures>();
    }

    public static WebApplication UseGateway(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<BodySizeLimit>();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static IEndpointRouteBuilder MapGateway(this IEndpointRouteBuilder routes)
    {
        routes.MapOpenApi();
        routes.MapScalarApiReference("/api");
        routes.MapVacancies();
        routes.MapProposals();
        routes.MapJobSeekers();
        routes.MapFigures();
        return routes;
    }
}
