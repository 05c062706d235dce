using Hub.Testing;

namespace Hub.Testing.Tests;

/// <summary>One throw-away RabbitMQ node shared by the tests of <see cref="RabbitMqNodeCollection"/>.</summary>
public sealed class RabbitMqNodeFixture : IAsyncLifetime
{
    public RabbitMqNode Node { get; private set; } = null!;

    public async Task InitializeAsync() => Node = await RabbitMqNode.StartAsync();

    public async Task DisposeAsync() => await Node.DisposeAsync();
}
