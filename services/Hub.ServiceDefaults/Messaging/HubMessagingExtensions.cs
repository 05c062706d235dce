using Hub.ServiceDefaults.Audit;
using Hub.ServiceDefaults.Hosting;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.ServiceDefaults.Messaging;

public static class HubMessagingExtensions
{
    /// <summary>
    /// MassTransit on RabbitMQ (or in memory in the embedded mode) from configuration:
    /// kebab-case endpoints, quorum queues for durable endpoints, publisher confirms, retries, and the audit
    /// wire tap that reports every message's journey to Hub.Operations (see docs/architecture.md, Operations).
    /// </summary>
    public static IHostApplicationBuilder AddHubMessaging(this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator> configure)
    {
        var messaging = builder.Configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions();
        var rabbitMq = builder.Services.AddOptions<RabbitMqOptions>().BindConfiguration(RabbitMqOptions.Section);
        if (messaging.Transport == TransportKind.RabbitMq)
        {
            // No broker credentials by default: a service without its own refuses to start and names the setting.
            rabbitMq.ValidateDataAnnotations().ValidateOnStart();
        }
        builder.AddAuditWireTap();

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            bus.AddConfigureEndpointsCallback((context, _, endpoint) =>
            {
                // Outer: a database outage outlasts the quick retries, so those failures wait here, long and bounded.
                endpoint.UseMessageRetry(retry =>
                {
                    retry.Handle<Exception>(DatabaseUnavailable.IsCause);
                    retry.Interval(messaging.DatabaseRetryLimit, messaging.DatabaseRetryInterval);
                    retry.ConnectAudit(context);
                });
                endpoint.UseMessageRetry(retry =>
                {
                    retry.Ignore<Exception>(DatabaseUnavailable.IsCause);
                    retry.Exponential(messaging.RetryLimit, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200));
                    retry.ConnectAudit(context);
                });
                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                {
                    // SetQuorumQueue on the bus does not reach ConfigureEndpoints queues; this does.
                    rabbit.SetQuorumQueue();
                }
            });
            configure(bus);

            if (messaging.Transport == TransportKind.InMemory)
            {
                bus.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
            }
            else
            {
                builder.Services.AddHealthChecks().AddCheck<BrokerReachableHealthCheck>("broker", tags: [ServiceDefaultsExtensions.ReadyTag]);
                bus.UsingRabbitMq((context, cfg) =>
                {
                    var rabbit = context.GetRequiredService<Microsoft.Extensions.Options.IOptions<RabbitMqOptions>>().Value;
                    cfg.Host(rabbit.Host, (ushort)rabbit.Port, rabbit.VirtualHost, builder.Environment.ApplicationName, host =>
                    {
                        host.Username(rabbit.Username);
                        host.Password(rabbit.Password);
                        host.PublisherConfirmation = true;
                        if (rabbit.UseTls)
                        {
                            host.UseSsl(ssl =>
                            {
                                ssl.ServerName = rabbit.Host;
                                if (rabbit.CaCertificateFile is { } caFile)
                                {
                                    ssl.CertificateValidationCallback = PrivateCertificateAuthority.Validator(caFile);
                                }
                            });
                        }
                        if (rabbit.ClusterNodes.Length > 0)
                        {
                            host.UseCluster(cluster => Array.ForEach(rabbit.ClusterNodes, cluster.Node));
                        }
                    });
                    cfg.PrefetchCount = rabbit.PrefetchCount;
                    // The bus endpoint (request clients' response queue) carries the service's name, so broker
                    // permissions can give each service its own: "hub-gateway_bus_<id>" (see infra/rabbitmq).
                    cfg.OverrideDefaultBusEndpointQueueName(BusEndpointName(builder.Environment.ApplicationName));
                    cfg.ConfigureEndpoints(context);
                });
            }
        });
        return builder;
    }

    /// <summary>"Hub.JobMatching" becomes "hub-job-matching_bus_&lt;new id&gt;": unique per process, prefixed per service.</summary>
    internal static string BusEndpointName(string applicationName)
    {
        var name = new System.Text.StringBuilder();
        for (var i = 0; i < applicationName.Length; i++)
        {
            var c = applicationName[i];
            if (char.IsUpper(c) && i > 0 && char.IsLower(applicationName[i - 1]))
            {
                name.Append('-');
            }
            name.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }
        return $"{name}_bus_{NewId.NextGuid():N}";
    }
}
