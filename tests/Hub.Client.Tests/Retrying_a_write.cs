using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace Hub.Client.Tests;

/// <summary>The gateway answers 503 + Retry-After while it cannot store a message durably; the client waits and tries again with the same key.</summary>
public sealed class Retrying_a_write : IAsyncLifetime
{
    private FakeGateway _gateway = null!;

    public async Task InitializeAsync() => _gateway = await FakeGateway.StartAsync();

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task Resends_a_post_with_the_same_idempotency_key_until_it_is_accepted()
    {
        await using var client = TestClients.For(_gateway);
        _gateway.FailNext(2, retryAfter: "0");

        var receipt = await client.GetRequiredService<IVacanciesApi>().PublishAsync(TestClients.Vacancy());

        Assert.Equal("pending", receipt.Status);
        var attempts = _gateway.RequestsTo("POST");
        Assert.Equal(3, attempts.Length);
        Assert.False(string.IsNullOrEmpty(attempts[0].IdempotencyKey));
        Assert.All(attempts, a => Assert.Equal(attempts[0].IdempotencyKey, a.IdempotencyKey));
    }

    [Fact]
    public async Task Resends_a_put_with_the_same_idempotency_key_too()
    {
        await using var client = TestClients.For(_gateway);
        _gateway.FailNext(1);
        var vacancyId = Guid.NewGuid();

        var receipt = await client.GetRequiredService<IVacanciesApi>().UpdateAsync(vacancyId, TestClients.Vacancy());

        Assert.Equal(vacancyId, receipt.VacancyId);
        var attempts = _gateway.RequestsTo("PUT");
        Assert.Equal(2, attempts.Length);
        Assert.NotNull(attempts[0].IdempotencyKey);
        Assert.Equal(attempts[0].IdempotencyKey, attempts[1].IdempotencyKey);
        // The body is buffered: the retry resends it whole, with a length the gateway can check before reading.
        Assert.All(attempts, a => Assert.True(a.ContentLength > 0));
    }

    [Fact]
    public async Task Gives_each_call_its_own_key_and_keeps_one_the_caller_chose()
    {
        await using var client = TestClients.For(_gateway);
        var vacancies = client.GetRequiredService<IVacanciesApi>();

        await vacancies.PublishAsync(TestClients.Vacancy());
        await vacancies.PublishAsync(TestClients.Vacancy());
        await vacancies.PublishAsync(TestClients.Vacancy(), idempotencyKey: "order-4711");

        var keys = _gateway.RequestsTo("POST").Select(r => r.IdempotencyKey).ToArray();
        Assert.NotEqual(keys[0], keys[1]);
        Assert.Equal("order-4711", keys[2]);
    }

    [Fact]
    public async Task Waits_as_long_as_retry_after_says()
    {
        // The computed backoff is at most 50 ms here, so a wait of a second can only come from Retry-After.
        await using var client = TestClients.For(_gateway);
        _gateway.FailNext(1, retryAfter: "1");

        var clock = Stopwatch.StartNew();
        await client.GetRequiredService<IVacanciesApi>().PublishAsync(TestClients.Vacancy());

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
        Assert.Equal(2, _gateway.RequestsTo("POST").Length);
    }

    [Fact]
    public async Task Surfaces_the_last_503_after_the_configured_retries()
    {
        await using var client = TestClients.For(_gateway, r => r.MaxRetryAttempts = 2);
        _gateway.FailNext(int.MaxValue);

        var error = await Assert.ThrowsAnyAsync<ApiException>(() => client.GetRequiredService<IVacanciesApi>().PublishAsync(TestClients.Vacancy()));

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.NotNull(error.Headers.RetryAfter);
        Assert.Equal(3, _gateway.RequestsTo("POST").Length);
    }
}
