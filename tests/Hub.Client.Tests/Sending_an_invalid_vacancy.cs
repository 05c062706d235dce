using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace Hub.Client.Tests;

public sealed class Sending_an_invalid_vacancy : IAsyncLifetime
{
    private FakeGateway _gateway = null!;

    public async Task InitializeAsync() => _gateway = await FakeGateway.StartAsync();

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task Surfaces_the_field_errors_without_retrying()
    {
        await using var client = TestClients.For(_gateway);

        var error = await Assert.ThrowsAsync<ValidationApiException>(() =>
            client.GetRequiredService<IVacanciesApi>().PublishAsync(TestClients.Vacancy(postcode: FakeGateway.InvalidPostcode)));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        var problem = error.Content!;
        Assert.Equal(400, problem.Status);
        Assert.Equal(["The postcode must be a Dutch postcode such as 8925 AB."], problem.Errors["postcode"]);
        Assert.Single(_gateway.Requests);
    }
}
