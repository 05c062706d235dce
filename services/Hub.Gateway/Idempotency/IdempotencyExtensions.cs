using Hub.Gateway.Storage;
using Hub.Messaging;

namespace Hub.Gateway.Idempotency;

public static class IdempotencyExtensions
{
    /// <summary>The idempotency store in the gateway's database (SQLite file by default, PostgreSQL by configuration) and its purge.</summary>
    public static IHostApplicationBuilder AddIdempotencyStore(this IHostApplicationBuilder builder)
    {
        builder.AddDurableDbContext<GatewayDb>("Gateway");
        var services = builder.Services;
        services.AddOptions<IdempotencyOptions>().BindConfiguration(IdempotencyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RequestFingerprint>();
        services.AddScoped<IdempotencyStore>();
        // Registered after the database's migrator, so the first purge finds the table.
        services.AddExpiredRowsPurger<IdempotencyStore>(provider => provider.GetRequiredService<IOptions<IdempotencyOptions>>().Value.PurgeInterval);
        return builder;
    }

    /// <summary>POST and PUT requests to these endpoints honour the Idempotency-Key header.</summary>
    public static TBuilder WithIdempotencyKeys<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(IdempotencyKeyMetadata.Instance);
}
