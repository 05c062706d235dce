using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Client.Tests;

/// <summary>
/// A component that calls for its signed-in users (the partner portal) registers AddHubClient&lt;TCredentials&gt;: each
/// call carries what its <see cref="IHubCallerCredentials"/> apply, never the API key.
/// </summary>
public sealed class Calling_on_behalf_of_a_user : IAsyncLifetime
{
    private FakeGateway _gateway = null!;

    public async Task InitializeAsync() => _gateway = await FakeGateway.StartAsync();

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    /// <summary>A new token for each call, as the portal signs one per call.</summary>
    private sealed class PortalUserCredentials : IHubCallerCredentials
    {
        private int _calls;

        public int Calls => _calls;

        public ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", $"portal-token-{Interlocked.Increment(ref _calls)}");
            return ValueTask.CompletedTask;
        }
    }

    private ServiceProvider Client(string? apiKey) => new ServiceCollection()
        .AddHubClient<PortalUserCredentials>(options =>
        {
            options.BaseAddress = _gateway.BaseAddress;
            options.ApiKey = apiKey;
            options.Resilience.RetryDelay = TimeSpan.FromMilliseconds(10);
            options.Resilience.MaxRetryDelay = TimeSpan.FromMilliseconds(50);
        })
        .BuildServiceProvider();

    [Fact]
    public async Task Sends_what_the_credentials_apply_and_no_api_key()
    {
        // A key in the options too: with credentials registered it is never sent.
        await using var client = Client(apiKey: TestClients.ApiKey);
        var vacancies = client.GetRequiredService<IVacanciesApi>();

        var receipt = await vacancies.PublishAsync(TestClients.Vacancy());
        await vacancies.GetAsync(receipt.VacancyId);

        var requests = _gateway.Requests.ToArray();
        Assert.Equal(["Bearer portal-token-1", "Bearer portal-token-2"], requests.Select(r => r.Authorization));
        Assert.All(requests, r => Assert.Null(r.ApiKey));
    }

    [Fact]
    public async Task Applies_them_once_per_call_so_every_retry_carries_the_same()
    {
        await using var client = Client(apiKey: null);
        _gateway.FailNext(2);

        await client.GetRequiredService<IVacanciesApi>().PublishAsync(TestClients.Vacancy());

        var attempts = _gateway.RequestsTo("POST");
        Assert.Equal(3, attempts.Length);
        Assert.All(attempts, a => Assert.Equal("Bearer portal-token-1", a.Authorization));
        Assert.Equal(1, ((PortalUserCredentials)client.GetRequiredService<IHubCallerCredentials>()).Calls);
    }

    [Fact]
    public void Needs_no_api_key_with_credentials_but_does_without()
    {
        using var withCredentials = new ServiceCollection()
            .AddHubClient<PortalUserCredentials>(options => options.BaseAddress = new Uri("http://127.0.0.1:1/"))
            .BuildServiceProvider();
        using var withoutCredentials = new ServiceCollection()
            .AddHubClient(options => options.BaseAddress = new Uri("http://127.0.0.1:1/"))
            .BuildServiceProvider();

        Assert.NotNull(withCredentials.GetRequiredService<IVacanciesApi>());
        var error = Assert.Throws<OptionsValidationException>(() => withoutCredentials.GetRequiredService<IVacanciesApi>());
        Assert.Equal(["HubClient:ApiKey is required: your organisation's API key."], error.Failures);
    }

    [Fact]
    public void Still_names_a_missing_address_with_credentials()
    {
        using var provider = new ServiceCollection().AddHubClient<PortalUserCredentials>().BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IVacanciesApi>());

        Assert.Equal(["HubClient:BaseAddress is required: the gateway's absolute http(s) address."], error.Failures);
    }
}
