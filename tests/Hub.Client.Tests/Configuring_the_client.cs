using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Client.Tests;

public sealed class Configuring_the_client
{
    [Fact]
    public void Refuses_to_build_a_client_without_address_and_key()
    {
        using var provider = new ServiceCollection().AddHubClient(options => options.Resilience.MaxRetryAttempts = -1).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IVacanciesApi>());

        Assert.Contains(error.Failures, f => f.Contains("BaseAddress", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("ApiKey", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("MaxRetryAttempts", StringComparison.Ordinal));
    }

    [Fact]
    public void Registers_all_eight_apis()
    {
        using var provider = new ServiceCollection()
            .AddHubClient(options => (options.BaseAddress, options.ApiKey) = (new Uri("http://127.0.0.1:1/"), "key"))
            .BuildServiceProvider();

        Assert.NotNull(provider.GetRequiredService<IVacanciesApi>());
        Assert.NotNull(provider.GetRequiredService<IJobSeekersApi>());
        Assert.NotNull(provider.GetRequiredService<IStudentsApi>());
        Assert.NotNull(provider.GetRequiredService<IProposalsApi>());
        Assert.NotNull(provider.GetRequiredService<IFiguresApi>());
        Assert.NotNull(provider.GetRequiredService<ISignalsApi>());
        Assert.NotNull(provider.GetRequiredService<IConsentsApi>());
        Assert.NotNull(provider.GetRequiredService<ISubjectAccessApi>());
    }

    [Fact]
    public void Reads_its_settings_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["HubClient:BaseAddress"] = "http://127.0.0.1:1/",
            ["HubClient:ApiKey"] = "key",
            ["HubClient:Resilience:MaxRetryAttempts"] = "0",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddOptions<HubClientOptions>().BindConfiguration(HubClientOptions.Section);
        using var provider = services.AddHubClient().BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<HubClientOptions>>().Value;

        Assert.Equal(new Uri("http://127.0.0.1:1/"), options.BaseAddress);
        Assert.Equal(0, options.Resilience.MaxRetryAttempts);
        Assert.NotNull(provider.GetRequiredService<IVacanciesApi>());
    }
}
