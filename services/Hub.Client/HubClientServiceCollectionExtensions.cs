using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Client.Handlers;
using Hub.Client.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;

namespace Hub.Client;

public static class HubClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IVacanciesApi"/>, <see cref="IJobSeekersApi"/>, <see cref="IStudentsApi"/>,
    /// <see cref="IProposalsApi"/>, <see cref="IFiguresApi"/>, <see cref="ISignalsApi"/>, <see cref="IConsentsApi"/>,
    /// <see cref="ISubjectAccessApi"/> and <see cref="ICommandsApi"/>. Each request passes, outermost first:
    /// the credentials handler (the API key), the Idempotency-Key handler, then the resilience pipeline (total timeout,
    /// retry, circuit breaker, attempt timeout). Call once per service collection. A host that adds a
    /// resilience handler to every HttpClient (ConfigureHttpClientDefaults) stacks it outside this one.
    /// </summary>
    public static IServiceCollection AddHubClient(this IServiceCollection services, Action<HubClientOptions>? configure = null)
    {
        var options = services.AddOptions<HubClientOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HubClientOptions>, HubClientOptionsValidator>());
        services.TryAddTransient<CredentialsHandler>();
        services.TryAddTransient<IdempotencyKeyHandler>();

        AddApi<IVacanciesApi>(services);
        AddApi<IJobSeekersApi>(services);
        AddApi<IStudentsApi>(services);
        AddApi<IProposalsApi>(services);
        AddApi<IFiguresApi>(services);
        AddApi<ISignalsApi>(services);
        AddApi<IConsentsApi>(services);
        AddApi<ISubjectAccessApi>(services);
        AddApi<ICommandsApi>(services);
        return services;
    }

    /// <summary>
    /// Like <see cref="AddHubClient(IServiceCollection, Action{HubClientOptions}?)"/>, but every request carries what
    /// <typeparamref name="TCredentials"/> (a singleton <see cref="IHubCallerCredentials"/>) applies instead of the API
    /// key: for a component that calls on behalf of its signed-in users. <see cref="HubClientOptions.ApiKey"/> is then
    /// not required, and never sent.
    /// </summary>
    public static IServiceCollection AddHubClient<TCredentials>(this IServiceCollection services, Action<HubClientOptions>? configure = null)
        where TCredentials : class, IHubCallerCredentials
    {
        services.AddSingleton<IHubCallerCredentials, TCredentials>();
        return services.AddHubClient(configure);
    }

    // The source-generated client: Refit 16 keeps its reflection builder in a separate package.
    private static void AddApi<TApi>(IServiceCollection services) where TApi : class =>
        services.AddRefitGeneratedClient<TApi>(_ => Settings())
            .ConfigureHttpClient((provider, http) =>
            {
                // Reading Value validates the options: a missing address or key fails here, before any call.
                http.BaseAddress = provider.GetRequiredService<IOptions<HubClientOptions>>().Value.BaseAddress;
                // The pipeline's total timeout is the one limit; HttpClient's own 100 s would cut it short.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddHttpMessageHandler<CredentialsHandler>()
            .AddHttpMessageHandler<IdempotencyKeyHandler>()
            .AddResilienceHandler("hub", (pipeline, context) =>
                HubResiliencePipeline.Configure(pipeline, context.ServiceProvider.GetRequiredService<IOptions<HubClientOptions>>().Value.Resilience));

    // The gateway's JSON: camelCase, dates as yyyy-MM-dd. Nulls are left out; the gateway treats them as absent.
    // Buffered, so a retry resends the same bytes and the gateway sees a Content-Length.
    private static RefitSettings Settings() =>
        new(new SystemTextJsonContentSerializer(new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        }))
        {
            Buffered = true,
        };
}
