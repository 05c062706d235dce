using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Pseudonymisation;

public static class PseudonymisationExtensions
{
    /// <summary>The pseudonymiser with its key from <c>Hub:Pseudonymisation:Key</c>; the gateway refuses to start without a valid key.</summary>
    public static IServiceCollection AddPseudonymisation(this IServiceCollection services)
    {
        services.AddOptions<PseudonymisationOptions>()
            .BindConfiguration(PseudonymisationOptions.Section)
            .Validate(o => o.KeyBytes() is not null,
                $"{PseudonymisationOptions.Section}:Key must be a base64 key of at least {PseudonymisationOptions.MinimumKeyBytes} bytes.")
            .ValidateOnStart();
        return services.AddSingleton(sp => new Pseudonymiser(sp.GetRequiredService<IOptions<PseudonymisationOptions>>().Value.KeyBytes()!));
    }
}
