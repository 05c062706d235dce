using System.Net.Sockets;
using Hub.Testing;

namespace Hub.Testing.Tests;

public sealed class ADisposedPostgresServer
{
    [Fact]
    public async Task LeavesNoPortOrFolderBehind()
    {
        var server = await PostgresServer.StartAsync();
        var folder = server.DataDirectory!;

        await server.DisposeAsync();

        await Assert.ThrowsAnyAsync<SocketException>(async () =>
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", server.Port);
        });
        Assert.False(Directory.Exists(folder), $"{folder} still exists");
    }
}
