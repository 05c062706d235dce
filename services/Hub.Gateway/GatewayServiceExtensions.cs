using Hub.Contracts.Matching;
using Hub.Contracts.Signals;
using Hub.Gateway.Commands;
using Hub.Gateway.Errors;
using Hub.Gateway.Figures;
using Hub.Gateway.Idempotency;
using Hub.Gateway.JobSeekers;
using Hub.Gateway.OpenApi;
using Hub.Gateway.Proposals;
using Hub.Gateway.RateLimits;
using Hub.Gateway.Signals;
using Hub.Gateway.Storage;
using Hub.Gateway.Vacancies;
using Microsoft.AspNetCore.Routing;
using Scalar.AspNetCore;

namespace Hub.Gateway;

public static class GatewayServiceExtensions
{
    /// <summary>
    /// Partner authentication and roles, per-partner rate limits, the idempotency store, BSN pseudonymisation,
    /// validation errors as Problem Details, OpenAPI with examples, confirmed publishing.
    /// </summary>
    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration["Hub:PartnersFile"] is { Length: > 0 } partnersFile)
        {
            // Watched: a key rotation or a new partner applies without a restart (PartnerRegistry).
            builder.Configuration.AddJsonFile(Path.GetFullPath(partnersFile), optional: false, reloadOnChange: true);
        }
        var services = builder.Services;
        services.AddOptions<GatewayOptions>().BindConfiguration(GatewayOptions.Section);
        services.AddOptions<PartnerRegistryOptions>().Bind(builder.Configuration).ValidateDataAnnotations();
        services.AddOptions<ApiKeyHashOptions>().BindConfiguration(ApiKeyHashOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PartnerRegistry>();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<ConfirmedPublisher>();
        services.AddScoped<CommandLog>();
        services.AddHttpContextAccessor();
        services.AddOptions<CommandOptions>().BindConfiguration(CommandOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddExpiredRowsPurger<CommandLog>(provider => provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<CommandOptions>>().Value.PurgeInterval);
        services.AddPseudonymisation();
        builder.AddIdempotencyStore();

        services.AddPartnerAuthentication();
        services.AddAuthorizationBuilder().AddPartnerPolicies();
        services.AddPartnerRateLimits();

        // Unreadable bodies throw, so the exception handler can name the field at fault.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<GatewayExceptionHandler>();
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonFallbackWriter>();
        services.AddOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>()
            .Configure<Microsoft.Extensions.Options.IOptions<GatewayOptions>>((kestrel, gateway) => kestrel.Limits.MaxRequestBodySize = gateway.Value.MaxRequestBodyBytes);
        services.AddOpenApi(openApi =>
        {
            // The partner API only: in the embedded run the console and the adapters share this host.
            openApi.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            openApi.AddDocumentTransformer<PartnerApiDocumentTransformer>();
            openApi.AddOperationTransformer<ProblemResponsesTransformer>();
            openApi.AddOperationTransformer<RequestExampleTransformer>();
            openApi.AddOperationTransformer<IdempotencyKeyParameterTransformer>();
            openApi.AddOperationTransformer<CommandLocationTransformer>();
            openApi.AddDocumentTransformer<ResponseExampleTransformer>();
        });
        return builder;
    }

    /// <summary>The decisions about partners' commands (kept for GET /api/v1/commands/{id}) and the request clients of the reads.</summary>
    public static void AddGatewayConsumersAndClients(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<CommandDecidedConsumer>();
        bus.AddRequestClient<GetVacancy>();
        bus.AddRequestClient<GetVacancies>();
        bus.AddRequestClient<GetVacancyProposals>();
        bus.AddRequestClient<GetJobSeekerProposals>();
        bus.AddRequestClient<GetJobSeekers>();
        bus.AddRequestClient<GetAreaFigures>();
        bus.AddRequestClient<GetSignalStatus>();
        bus.AddRequestClient<GetRaisedSignals>();
        bus.AddRequestClient<GetDeliveries>();
        bus.AddRequestClient<GetMultiProblemCases>();
        bus.AddRequestClient<GetSubjectDisclosures>();
    }

    public static WebApplication UseGateway(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<BodySizeLimit>();
        app.UseForwardedClientCertificates();
        app.UseAuthentication();
        // Every log line and the trace of a request the portal makes for a user name that user.
        app.UseMiddleware<PortalUserScope>();
        // After authentication, so the limit is per partner; before authorization, so refused calls count too.
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseMiddleware<IdempotencyMiddleware>();
        return app;
    }

    public static IEndpointRouteBuilder MapGateway(this IEndpointRouteBuilder routes)
    {
        routes.MapOpenApi();
        routes.MapScalarApiReference("/api");
        // Partner endpoints: rate limited per partner, POST/PUT replayable by Idempotency-Key. Health and docs stay outside.
        var api = routes.MapGroup("").RequireRateLimiting(PartnerRateLimits.Policy).WithIdempotencyKeys();
        api.MapVacancies();
        api.MapProposals();
        api.MapJobSeekers();
        api.MapFigures();
        api.MapSignals();
        api.MapCommands();
        return routes;
    }
}
