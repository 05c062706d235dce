using System.Data.Common;
using Hub.Contracts.Matching;
using Hub.Gateway.Idempotency;
using Hub.Gateway.Partners;
using Hub.JobMatching.Matching;
using Hub.JobMatching.Options;
using Hub.Pseudonymisation;
using JasperFx.Core;
using JasperFx.Resources;
using Wolverine.ErrorHandling;
using Wolverine;
using Wolverine.Postgresql;
using Wolverine.RabbitMQ;
using Wolverine.Sqlite;

namespace Hub.LoadTests.Peer;

/// <summary>Wires the peer: the gateway's partner authentication, job matching's engine, and Wolverine with a durable inbox and outbox.</summary>
public static class PeerHost
{
    public static WebApplicationBuilder AddPeer(this WebApplicationBuilder builder)
    {
        var settings = PeerSettings.From(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton(TimeProvider.System);

        // The gateway's own API-key check: keyed hashes of the partners file's keys (Hub:PartnersFile, Hub:ApiKeys:HashKey).
        if (builder.Configuration["Hub:PartnersFile"] is { Length: > 0 } partnersFile)
        {
            builder.Configuration.AddJsonFile(Path.GetFullPath(partnersFile), optional: false, reloadOnChange: false);
        }
        services.AddOptions<PartnerRegistryOptions>().Bind(builder.Configuration).ValidateDataAnnotations();
        services.AddOptions<ApiKeyHashOptions>().BindConfiguration(ApiKeyHashOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PartnerRegistry>();
        services.AddPartnerAuthentication();
        services.AddAuthorizationBuilder().AddPartnerPolicies();
        services.AddPseudonymisation();
        services.AddSingleton<RequestFingerprint>();

        // Job matching's engine over the same focus areas and limits (Hub:Matching:*).
        services.AddOptions<MatchingOptions>().BindConfiguration(MatchingOptions.Section);
        services.AddSingleton(FocusAreas.Load(Path.Combine(AppContext.BaseDirectory, "areas.json")));
        services.AddSingleton<MatchingEngine>();
        services.AddSingleton<PeerMatching>();
        services.AddSingleton<PeerStore>();

        builder.Host.UseWolverine(options => ConfigureWolverine(options, settings));
        // Builds Wolverine's envelope tables and the RabbitMQ queues, exchange and bindings before the first message.
        services.AddResourceSetupOnStartup();
        return builder;
    }

    private static void ConfigureWolverine(WolverineOptions options, PeerSettings settings)
    {
        if (settings.IsPostgres)
        {
            options.PersistMessagesWithPostgresql(settings.ConnectionString, "wolverine");
        }
        else
        {
            options.PersistMessagesWithSqlite(settings.ConnectionString);
        }
        options.UseRabbitMq(factory =>
            {
                factory.HostName = settings.RabbitMq.Host;
                factory.Port = settings.RabbitMq.Port;
                factory.VirtualHost = settings.RabbitMq.VirtualHost;
                factory.UserName = settings.RabbitMq.Username;
                factory.Password = settings.RabbitMq.Password;
            })
            .AutoProvision()
            .UseQuorumQueues()
            .DeclareExchange(PeerQueues.MatchingEvents, exchange => exchange.BindQueue(settings.SubscriberQueue));

        options.PublishMessage<VacancyPublished>().ToRabbitQueue(PeerQueues.VacancyPublished);
        options.PublishMessage<ProposalMade>().ToRabbitExchange(PeerQueues.MatchingEvents);
        options.PublishMessage<VacancyRegistered>().ToRabbitExchange(PeerQueues.MatchingEvents);
        // The Hub's concurrency: prefetch 32 and 32 handlers in flight.
        options.ListenToRabbitQueue(PeerQueues.VacancyPublished)
            .PreFetchCount((ushort)settings.RabbitMq.PrefetchCount)
            .MaximumParallelMessages(settings.RabbitMq.PrefetchCount);

        // Wolverine's documented answer to transient database failures (a deadlock, a busy SQLite file): try again shortly.
        options.OnException<DbException>(e => e.IsTransient).RetryWithCooldown(50.Milliseconds(), 100.Milliseconds(), 250.Milliseconds());
        options.Policies.UseDurableInboxOnAllListeners();
        options.Policies.UseDurableOutboxOnAllSendingEndpoints();
    }
}
