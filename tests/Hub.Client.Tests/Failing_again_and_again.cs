using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Polly.CircuitBreaker;
using Refit;

namespace Hub.Client.Tests;

/// <summary>A gateway that keeps failing is left alone for a while instead of being hammered.</summary>
public sealed class Failing_again_and_again : IAsyncLifetime
{
    private FakeGateway _gateway = null!;

    public async Task InitializeAsync() => _gateway = await FakeGateway.StartAsync();

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task Opens_the_circuit_and_fails_fast_without_calling_the_gateway()
    {
        await using var client = TestClients.For(_gateway, r =>
        {
            r.MaxRetryAttempts = 0;
            r.CircuitBreakerMinimumThroughput = 2;
            r.CircuitBreakerFailureRatio = 0.5;
            r.CircuitBreakerSamplingDuration = TimeSpan.FromSeconds(30);
            r.CircuitBreakerBreakDuration = TimeSpan.FromSeconds(30);
        });
        var vacancies = client.GetRequiredService<IVacanciesApi>();
        _gateway.FailNext(int.MaxValue);

        for (var i = 0; i < 2; i++)
        {
            var failed = await Assert.ThrowsAnyAsync<ApiException>(() => vacancies.PublishAsync(TestClients.Vacancy()));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        }
        var broken = await Assert.ThrowsAsync<ApiRequestException>(() => vacancies.PublishAsync(TestClients.Vacancy()));

        Assert.IsType<BrokenCircuitException>(broken.InnerException);
        Assert.Equal(2, _gateway.Requests.Count);
    }
}
