using Hub.Messaging;
using Hub.Signals.Access;
using Hub.Signals.Consents;
using Hub.Signals.Consumers;
using Hub.Signals.Feedback;
using Hub.Signals.Matching;
using Hub.Signals.Options;
using Hub.Signals.Retention;
using Hub.Signals.Routing;
using Microsoft.Extensions.Options;

namespace Hub.Signals;

public static class SignalsServiceExtensions
{
    public static IHostApplicationBuilder AddSignals(this IHostApplicationBuilder builder)
    {
        builder.AddDurableDbContext<SignalsDb>("Signals");
        var services = builder.Services;
        services.AddOptions<SignalsOptions>().BindConfiguration(SignalsOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => SignalsOptions.IsValidKey(o.PseudonymKey), $"{SignalsOptions.Section}:PseudonymKey must be a base64 key of at least {SignalsOptions.MinimumKeyBytes} bytes.")
            .Validate(o => o.PurgeInterval > TimeSpan.Zero && o.ConsentGracePeriod >= TimeSpan.Zero, $"{SignalsOptions.Section}:PurgeInterval must be positive and ConsentGracePeriod not negative.")
            .ValidateOnStart();
        services.AddSingleton(provider => SignalPolicy.Load(ResolvePoliciesFile(provider.GetRequiredService<IOptions<SignalsOptions>>().Value.PoliciesFile)));
        services.AddHostedService<PolicyLoader>();
        services.AddScoped<RecipientPseudonyms>();
        services.AddScoped<DisclosureLog>();
        services.AddScoped<DecisionWriter>();
        services.AddScoped<SignalRouter>();
        services.AddScoped<MultiProblemMatcher>();
        services.AddScoped<ConsentRegistry>();
        services.AddScoped<DeliveryDesk>();
        services.AddScoped<SignalStatusQuery>();
        services.AddScoped<RaisedSignalsQuery>();
        services.AddScoped<CaseViews>();
        services.AddScoped<SubjectAccess>();
        services.AddScoped<ResidentScope>();
        services.AddScoped<RetentionPurge>();
        services.AddHostedService<RetentionSchedule>();
        return builder;
    }

    public static void AddSignalsConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<SignalRaisedConsumer>();
        bus.AddConsumer<ConsentRecordedConsumer>();
        bus.AddConsumer<ConsentRevokedConsumer>();
        bus.AddConsumer<SignalOutcomeReportedConsumer>();
        bus.AddConsumer<DeliveriesAcknowledgedConsumer>();
        bus.AddConsumer<GetSignalStatusConsumer>();
        bus.AddConsumer<GetRaisedSignalsConsumer>();
        bus.AddConsumer<GetDeliveriesConsumer>();
        bus.AddConsumer<GetMultiProblemCasesConsumer>();
        bus.AddConsumer<GetSubjectDisclosuresConsumer>();
    }

    /// <summary>A relative policy file is looked up next to the service's binaries, where the build copies seeds/signal-policies.json.</summary>
    private static string ResolvePoliciesFile(string path) =>
        Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);
}
