using System.Net.Sockets;
using Hub.Testing;

namespace Hub.Testing.Tests;

public sealed class ADisposedRabbitMqNode
{
    [Fact]
    public async Task LeavesNoPortProcessOrFolderBehind()
    {
        var node = await RabbitMqNode.StartAsync();
        var folder = node.DataDirectory!;
        var beamPid = int.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "rabbitmq.pid")), System.Globalization.CultureInfo.InvariantCulture);

        await node.DisposeAsync();

        await Assert.ThrowsAnyAsync<SocketException>(async () =>
        {
            using var client = new TcpClient();
            await client.ConnectAsync(node.Host, node.Port);
        });
        Assert.False(Directory.Exists(folder), $"{folder} still exists");
        Assert.False(Directory.Exists($"/proc/{beamPid}"), $"beam.smp {beamPid} still runs");
    }
}
