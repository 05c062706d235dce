using System.Net.Http.Headers;
using System.Text;
using Hub.Contracts.Matching;
using Hub.Messaging;
using Hub.Operations.Access;
using Hub.Operations.Adapters;
using Hub.Operations.Alerts;
using Hub.Operations.Audit;
using Hub.Operations.Clients;
using Hub.Operations.Consumers;
using Hub.Operations.Endpoints;
using Hub.Operations.Failures;
using Hub.Operations.Figures;
using Hub.Operations.Live;
using Hub.Operations.Options;
using Hub.Operations.Storage;
using Hub.ServiceDefaults.Hosting;
using Hub.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;

namespace Hub.Operations;

public static class OperationsServiceExtensions
{
    /// <summary>Every console page and API lives under this path, so the console can share a host (the embedded run) with the gateway.</summary>
    public const string PathBase = "/ops";

    public static IHostApplicationBuilder AddOperations(this IHostApplicationBuilder builder)
    {
        // The users (hashes only) may come from their own file, mounted separately from the other settings.
        if (builder.Configuration["Hub:Operations:UsersFile"] is { Length: > 0 } usersFile)
        {
            builder.Configuration.AddJsonFile(Path.GetFullPath(usersFile), optional: false, reloadOnChange: true);
        }
        builder.AddDurableDbContext<OperationsDb>("Operations");
        var services = builder.Services;
        services.AddOptions<OperationsOptions>().BindConfiguration(OperationsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BrokerManagementOptions>().BindConfiguration(BrokerManagementOptions.Section);
        services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.Section);
        services.AddOptions<ConsoleUsersOptions>().BindConfiguration(ConsoleUsersOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ConsoleUsersOptions>, UsersValidation>();
        services.AddSingleton(provider => AreaDirectory.Load(Beside(provider.GetRequiredService<IOptions<OperationsOptions>>().Value.AreasFile)));
        services.AddScoped<AuditWriter>();
        services.AddScoped<AuditSearch>();
        services.AddScoped<FailedMessages>();
        services.AddScoped<FailedMessageMover>();
        services.AddScoped<LiveView>();
        services.AddScoped<ProgrammeFigures>();
        services.AddScoped<PartnerAdapters>();
        services.AddSingleton<ConsoleSignIn>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<ConsoleSessions>();
        services.AddScoped<OperatorLog>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ConsoleSignInOptions>().BindConfiguration(ConsoleSignInOptions.Section);
        services.AddOptions<ConsoleOpenIdConnectOptions>().BindConfiguration(ConsoleOpenIdConnectOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ConsoleForwardedHeadersOptions>().BindConfiguration(ConsoleForwardedHeadersOptions.Section);
        services.AddSingleton<AlertLog>();
        services.AddSingleton<BrokerConnection>();
        services.AddHttpClient(nameof(LiveView));
        services.AddHttpClient(nameof(AlertMonitor));
        services.AddHostedService<AuditRetention>();
        services.AddHostedService<AlertMonitor>();

        var broker = builder.Configuration.GetSection(BrokerManagementOptions.Section).Get<BrokerManagementOptions>() ?? new BrokerManagementOptions();
        if (!string.IsNullOrWhiteSpace(broker.ManagementUrl))
        {
            var user = broker.Username ?? builder.Configuration["RabbitMq:Username"] ?? "guest";
            var password = broker.Password ?? builder.Configuration["RabbitMq:Password"] ?? "guest";
            var management = services.AddRefitGeneratedClient<IRabbitMqManagementApi>().ConfigureHttpClient(http =>
            {
                http.BaseAddress = new Uri(broker.ManagementUrl);
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
            });
            // Over TLS the management API shows the broker's certificate, issued by the deployment's own CA.
            if (builder.Configuration[$"{RabbitMqOptions.Section}:{nameof(RabbitMqOptions.CaCertificateFile)}"] is { Length: > 0 } caFile)
            {
                var trust = PrivateCertificateAuthority.Validator(caFile);
                management.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { SslOptions = { RemoteCertificateValidationCallback = trust } });
            }
            services.AddSingleton<ErrorQueueImporter>();
            services.AddHostedService(provider => provider.GetRequiredService<ErrorQueueImporter>());
            services.AddHostedService<RetryQueueWorker>();
        }

        var authentication = services.AddAuthentication().AddCookie(ConsoleAuthentication.Scheme, ConsoleAuthentication.Configure);
        var oidc = builder.Configuration.GetSection(ConsoleOpenIdConnectOptions.Section).Get<ConsoleOpenIdConnectOptions>() ?? new ConsoleOpenIdConnectOptions();
        if (oidc.IsEnabled)
        {
            authentication.AddOpenIdConnect(ConsoleOpenIdConnect.Scheme, options => ConsoleOpenIdConnect.Configure(options, oidc));
        }
        services.AddAuthorizationBuilder()
            .AddPolicy(ConsoleAuthentication.Policy, policy => policy.AddAuthenticationSchemes(ConsoleAuthentication.Scheme).RequireAuthenticatedUser())
            .AddPolicy(ConsoleRoles.MayRetryPolicy, policy => policy.AddAuthenticationSchemes(ConsoleAuthentication.Scheme)
                .RequireRole(ConsoleRoles.Operator, ConsoleRoles.Admin))
            .AddPolicy(ConsoleRoles.AdminPolicy, policy => policy.AddAuthenticationSchemes(ConsoleAuthentication.Scheme).RequireRole(ConsoleRoles.Admin));
        return builder;
    }

    public static void AddOperationsConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<AuditBatchConsumer, AuditBatchConsumerDefinition>();
        bus.AddRequestClient<GetAreaFigures>();
    }

    /// <summary>
    /// The console's middleware, before authentication: the client's address and scheme from a trusted proxy (so the
    /// cookie is Secure behind TLS and the operator log has the real address), security headers and the Origin check.
    /// </summary>
    public static IApplicationBuilder UseOperations(this IApplicationBuilder app)
    {
        app.UseForwardedHeaders(app.ApplicationServices.GetRequiredService<IOptions<ConsoleForwardedHeadersOptions>>().Value.ToForwardedHeadersOptions());
        return app.UseMiddleware<ConsoleRequestGuards>();
    }

    public static IEndpointRouteBuilder MapOperations(this IEndpointRouteBuilder routes)
    {
        var console = routes.MapGroup(PathBase);
        console.MapConsolePages();
        console.MapAuth();
        console.MapMessages();
        console.MapFailures();
        console.MapOverview();
        console.MapAdapters();
        console.MapOperatorLog();
        return routes;
    }

    /// <summary>A relative file is looked up next to the service's binaries, where the build copies seeds/areas.json.</summary>
    private static string Beside(string path) => Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);
}
