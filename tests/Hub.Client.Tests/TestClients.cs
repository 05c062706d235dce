using Microsoft.Extensions.DependencyInjection;

namespace Hub.Client.Tests;

/// <summary>A container with AddHubClient pointed at the fake, with delays small enough for tests.</summary>
internal static class TestClients
{
    public const string ApiKey = "test-partner-key";

    public static ServiceProvider For(FakeGateway gateway, Action<HubResilienceOptions>? tune = null) =>
        new ServiceCollection()
            .AddHubClient(options =>
            {
                options.BaseAddress = gateway.BaseAddress;
                options.ApiKey = ApiKey;
                options.Resilience.RetryDelay = TimeSpan.FromMilliseconds(10);
                options.Resilience.MaxRetryDelay = TimeSpan.FromMilliseconds(50);
                options.Resilience.AttemptTimeout = TimeSpan.FromSeconds(5);
                options.Resilience.TotalTimeout = TimeSpan.FromSeconds(20);
                tune?.Invoke(options.Resilience);
            })
            .BuildServiceProvider();

    public static Models.VacancyRequest Vacancy(string postcode = "8925 AB") => new()
    {
        Title = "Leerling-monteur",
        OccupationCode = "7126",
        Postcode = postcode,
        HoursPerWeek = 32,
        Positions = 1,
        ClosingDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)),
        IsRecoveryJob = true,
    };
}
