using Microsoft.Extensions.DependencyInjection;

namespace Hub.Client.Tests;

public sealed class Calling_the_gateway : IAsyncLifetime
{
    private FakeGateway _gateway = null!;

    public async Task InitializeAsync() => _gateway = await FakeGateway.StartAsync();

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task Sends_the_api_key_on_reads_writes_and_retries()
    {
        await using var client = TestClients.For(_gateway);
        var vacancies = client.GetRequiredService<IVacanciesApi>();
        _gateway.FailNext(1);

        var receipt = await vacancies.PublishAsync(TestClients.Vacancy());
        var read = await vacancies.GetAsync(receipt.VacancyId);

        Assert.Equal("8925AB", read.Postcode);
        Assert.Equal(3, _gateway.Requests.Count);
        Assert.All(_gateway.Requests, r => Assert.Equal(TestClients.ApiKey, r.ApiKey));
    }

    [Fact]
    public async Task Lists_vacancies_with_the_status_in_the_query_and_without_it_when_none_is_given()
    {
        await using var client = TestClients.For(_gateway);
        var vacancies = client.GetRequiredService<IVacanciesApi>();

        var withdrawn = Assert.Single((await vacancies.ListAsync("withdrawn")).Vacancies);
        var all = Assert.Single((await vacancies.ListAsync()).Vacancies);

        Assert.Equal(("withdrawn", 2, new DateOnly(2027, 3, 1)), (withdrawn.Status, withdrawn.Proposals, withdrawn.ClosingDate));
        Assert.Equal("all", all.Status);
        Assert.All(_gateway.Requests, r => Assert.Equal(("/api/v1/vacancies", (string?)null), (r.Path, r.IdempotencyKey)));
    }

    [Fact]
    public async Task Sends_no_idempotency_key_on_a_read()
    {
        await using var client = TestClients.For(_gateway);

        await client.GetRequiredService<IVacanciesApi>().GetAsync(Guid.NewGuid());

        Assert.Null(Assert.Single(_gateway.Requests).IdempotencyKey);
    }
}
