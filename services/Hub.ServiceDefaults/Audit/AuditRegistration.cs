using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.ServiceDefaults.Audit;

internal static class AuditRegistration
{
    /// <summary>The wire tap: observers on every send, publish, consume and retry, shipped in batches to the audit channel.</summary>
    public static void AddAuditWireTap(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AuditOptions.Section).Get<AuditOptions>() ?? new AuditOptions();
        builder.Services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        if (!options.Enabled)
        {
            return;
        }
        var trail = new AuditTrail(options.BufferCapacity, builder.Environment.ApplicationName);
        builder.Services.AddSingleton(trail);
        builder.Services.AddSingleton<AuditReceiveObserver>();
        builder.Services.AddSingleton<AuditSendObserver>();
        builder.Services.AddSingleton(new AuditRetryObserver(trail));
        builder.Services.AddReceiveObserver(provider => provider.GetRequiredService<AuditReceiveObserver>());
        builder.Services.AddConsumeObserver(provider => provider.GetRequiredService<AuditReceiveObserver>());
        builder.Services.AddSendObserver(provider => provider.GetRequiredService<AuditSendObserver>());
        builder.Services.AddPublishObserver(provider => provider.GetRequiredService<AuditSendObserver>());
        builder.Services.AddHostedService<AuditShipper>();
    }

    /// <summary>Connects the retry observer inside an endpoint's retry policy, when auditing is on.</summary>
    public static void ConnectAudit(this IRetryConfigurator retry, IServiceProvider provider)
    {
        if (provider.GetService<AuditRetryObserver>() is { } observer)
        {
            retry.ConnectRetryObserver(observer);
        }
    }
}
