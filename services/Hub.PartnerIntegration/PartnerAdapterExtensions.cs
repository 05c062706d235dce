using Hub.Messaging;
using Hub.PartnerIntegration.Delivery;
using Hub.PartnerIntegration.Import;
using Hub.PartnerIntegration.Options;
using Hub.PartnerIntegration.Storage;
using Hub.PartnerIntegration.Translation;
using Hub.Pseudonymisation;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Hub.PartnerIntegration;

public static class PartnerAdapterExtensions
{
    /// <summary>
    /// One partner adapter: its database (connection string named after the adapter), configuration under
    /// <c>Hub:{name}</c>, the pseudonymiser (<c>Hub:Pseudonymisation:Key</c>, the gateway's key), the drop-folder
    /// and export-API imports, the webhook delivery worker, and an HTTP client per partner webhook.
    /// </summary>
    public static IHostApplicationBuilder AddPartnerAdapter<TDb>(this IHostApplicationBuilder builder, string name, params IExportTranslator[] translators)
        where TDb : PartnerAdapterDb
    {
        builder.AddDurableDbContext<TDb>(name);
        var services = builder.Services;
        var section = $"Hub:{name}";
        var development = builder.Environment.IsDevelopment();
        services.AddOptions<AdapterOptions>(name).BindConfiguration(section)
            .Validate(o => o.Partners.All(p => p.OrganisationId.Length > 0), $"{section}:Partners: every partner needs an OrganisationId.")
            .Validate(o => o.Partners.All(p => p.WebhookUrl is null || p.WebhookSecret.Length >= 32), $"{section}:Partners: a partner with a WebhookUrl needs a WebhookSecret of at least 32 characters.")
            .Validate(o => o.Partners.All(p => PartnerHttp.IsAllowed(p.WebhookUrl, development) && PartnerHttp.IsAllowed(p.ExportApi, development)),
                $"{section}:Partners: WebhookUrl and ExportApi must be https:// (http:// only to this machine, or in Development).")
            .Validate(o => o.Import.BatchSize > 0 && o.Import.PollInterval > TimeSpan.Zero && o.Import.MaxExportBytes > 0 && o.Import.RejectedRetention > TimeSpan.Zero,
                $"{section}:Import: BatchSize, PollInterval, MaxExportBytes and RejectedRetention must be positive.")
            .Validate(o => o.Delivery.InitialBackoff > TimeSpan.Zero && o.Delivery.MaxBackoff >= o.Delivery.InitialBackoff && o.Delivery.IdlePoll > TimeSpan.Zero,
                $"{section}:Delivery: InitialBackoff must be positive, MaxBackoff at least InitialBackoff, IdlePoll positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient();
        services.AddPseudonymisation();
        services.TryAddSingleton<ImportProgress>();
        services.AddSingleton(sp => new PartnerAdapter<TDb>(name, translators, sp.GetRequiredService<IOptionsMonitor<AdapterOptions>>()));
        services.AddScoped<ExportImporter<TDb>>();
        services.AddHostedService<DropFolderImport<TDb>>();
        services.AddHostedService<ExportApiImport<TDb>>();
        services.AddSingleton<DeliveryWake<TDb>>();
        services.AddSingleton<PartnerCircuits<TDb>>();
        services.AddSingleton<WebhookSender<TDb>>();
        services.AddScoped<DeliveryQueue<TDb>>();
        services.AddScoped<Operations.AdapterOperations<TDb>>();
        services.AddSingleton<DeliveryWorker<TDb>>();
        services.AddHostedService(sp => sp.GetRequiredService<DeliveryWorker<TDb>>());

        var configured = builder.Configuration.GetSection(section).Get<AdapterOptions>() ?? new AdapterOptions();
        foreach (var partner in configured.Partners)
        {
            AddPartnerClients<TDb>(services, name, partner, configured.Delivery);
        }
        return builder;
    }

    /// <summary>The adapter's consumers, on queues named after the adapter ("housing-signal-delivered"), so adapters never share a queue.</summary>
    /// <param name="proposals">Which proposals go to the partners: those for their vacancies (employers), or those about the students they registered.</param>
    public static void AddPartnerAdapterConsumers<TDb>(this IBusRegistrationConfigurator bus, string name, ProposalsFor proposals) where TDb : PartnerAdapterDb
    {
        var prefix = name.ToLowerInvariant();
        // The console's requests, sent to this adapter's queue only: no exchange binding, so nothing published arrives.
        bus.AddConsumer<Operations.AdapterOperationsConsumer<TDb>>().Endpoint(e =>
        {
            e.Name = OperationsQueue(name);
            e.ConfigureConsumeTopology = false;
        });
        bus.AddConsumer<SignalDeliveredForwarder<TDb>>().Endpoint(e => OneAtATime(e, $"{prefix}-signal-delivered"));
        bus.AddConsumer<MultiProblemDetectedForwarder<TDb>>().Endpoint(e => OneAtATime(e, $"{prefix}-multi-problem-detected"));
        // Every decision in the Hub passes here and most are not this adapter's: no need to take them one at a time.
        bus.AddConsumer<CommandRefusedForwarder<TDb>>().Endpoint(e => e.Name = $"{prefix}-command-decided");
        switch (proposals)
        {
            case ProposalsFor.Vacancies:
                bus.AddConsumer<ProposalMadeForwarder<TDb>>().Endpoint(e => OneAtATime(e, $"{prefix}-proposal-made"));
                break;
            case ProposalsFor.Students:
                bus.AddConsumer<StudentProposalForwarder<TDb>>().Endpoint(e => OneAtATime(e, $"{prefix}-proposal-made"));
                break;
        }
    }

    /// <summary>The queue an adapter takes the console's requests on ("housing-operations").</summary>
    public static string OperationsQueue(string adapterName) => $"{adapterName.ToLowerInvariant()}-operations";

    /// <summary>One message at a time, so deliveries are stored (and pushed) in the order the queue hands them over.</summary>
    private static void OneAtATime(IEndpointRegistrationConfigurator endpoint, string name)
    {
        endpoint.Name = name;
        endpoint.ConcurrentMessageLimit = 1;
    }

    private static void AddPartnerClients<TDb>(IServiceCollection services, string name, PartnerOptions partner, DeliveryOptions delivery) where TDb : PartnerAdapterDb
    {
        if (partner.ExportApi is { } exportApi)
        {
            // Reads are safe to retry: the standard resilience handler from the service defaults applies.
            services.AddHttpClient(PartnerAdapter<TDb>.ExportApiClientName(name, partner.OrganisationId), client =>
            {
                client.BaseAddress = exportApi;
                if (partner.ExportApiKey is { Length: > 0 } key)
                {
                    client.DefaultRequestHeaders.Add("X-Api-Key", key);
                }
            }).ConfigurePrimaryHttpMessageHandler(PartnerHttp.Handler);
        }
        if (partner.WebhookUrl is not { } webhook)
        {
            return;
        }
        var clientName = PartnerAdapter<TDb>.WebhookClientName(name, partner.OrganisationId);
        var http = services.AddHttpClient(clientName, client =>
        {
            client.BaseAddress = new Uri(webhook.GetLeftPart(UriPartial.Authority));
            client.Timeout = Timeout.InfiniteTimeSpan;
        }).ConfigurePrimaryHttpMessageHandler(PartnerHttp.Handler);
        // No in-memory retries from the service defaults' standard handler: the delivery worker retries durably,
        // with backoff, in order. (RemoveAllResilienceHandlers is marked experimental; it is the documented way.)
#pragma warning disable EXTEXP0001
        http.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        http.AddResilienceHandler(clientName, (pipeline, context) =>
            {
                var circuits = context.ServiceProvider.GetRequiredService<PartnerCircuits<TDb>>();
                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = delivery.FailureRatio,
                    MinimumThroughput = delivery.MinimumThroughput,
                    SamplingDuration = delivery.SamplingDuration,
                    BreakDuration = delivery.BreakDuration,
                    OnOpened = args => { circuits.Opened(partner.OrganisationId, args.BreakDuration); return default; },
                    OnHalfOpened = _ => { circuits.HalfOpened(partner.OrganisationId); return default; },
                    OnClosed = _ => { circuits.Closed(partner.OrganisationId); return default; },
                });
                pipeline.AddTimeout(delivery.AttemptTimeout);
            });
        http.AddHttpMessageHandler(sp => new WebhookSigningHandler(partner.WebhookSecret, sp.GetRequiredService<TimeProvider>()));
    }
}
