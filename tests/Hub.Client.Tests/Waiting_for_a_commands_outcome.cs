using Hub.Client.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Client.Tests;

/// <summary>A 202 names the command; the client asks what became of it until the Hub decided.</summary>
public sealed class Waiting_for_a_commands_outcome : IAsyncLifetime
{
    private FakeGateway _gateway = null!;

    public async Task InitializeAsync() => _gateway = await FakeGateway.StartAsync();

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task Asks_until_the_command_is_decided_and_returns_the_reason()
    {
        await using var client = TestClients.For(_gateway);
        var receipt = await client.GetRequiredService<IVacanciesApi>().PublishAsync(TestClients.Vacancy());

        var outcome = await client.GetRequiredService<ICommandsApi>().WaitForOutcomeAsync(receipt.CommandId, interval: TimeSpan.FromMilliseconds(10));

        Assert.Equal(("refused", "wrong-state"), (outcome.Status, outcome.Reason));
        Assert.Equal(FakeGateway.PendingReads + 1, _gateway.CommandReads[receipt.CommandId]);
    }

    [Fact]
    public async Task Gives_up_after_the_timeout_with_the_pending_answer()
    {
        await using var client = TestClients.For(_gateway);
        var receipt = await client.GetRequiredService<IVacanciesApi>().PublishAsync(TestClients.Vacancy());

        var outcome = await client.GetRequiredService<ICommandsApi>().WaitForOutcomeAsync(receipt.CommandId, timeout: TimeSpan.Zero);

        Assert.Equal("pending", outcome.Status);
    }
}
