using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Hub.Testing;

namespace Hub.Testing.Tests;

/// <summary>A node of its own: killing it must not disturb the shared node of the other tests.</summary>
public sealed class AKilledRabbitMqNode
{
    [Fact]
    public async Task IsGoneAtOnceAndComesBackOnItsPortWithItsDurableQueues()
    {
        await using var node = await RabbitMqNode.StartAsync();
        var beamPid = int.Parse(await File.ReadAllTextAsync(Path.Combine(node.DataDirectory!, "rabbitmq.pid")), System.Globalization.CultureInfo.InvariantCulture);
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = node.ManagementUri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest")));
        using var declare = await http.PutAsync("api/queues/%2F/survives-a-kill",
            new StringContent("""{"durable":true,"arguments":{"x-queue-type":"quorum"}}""", Encoding.UTF8, "application/json"));
        Assert.True(declare.IsSuccessStatusCode, $"declaring the queue: {(int)declare.StatusCode}");

        node.Kill();

        Assert.False(Directory.Exists($"/proc/{beamPid}"), $"beam.smp {beamPid} still runs");
        await Assert.ThrowsAnyAsync<SocketException>(async () =>
        {
            using var client = new TcpClient();
            await client.ConnectAsync(node.Host, node.Port);
        });

        await node.RestartAsync();

        using var amqp = new TcpClient();
        await amqp.ConnectAsync(node.Host, node.Port);
        Assert.Contains("survives-a-kill", await node.RabbitMqCtlAsync("list_queues", "name", "type"), StringComparison.Ordinal);
    }
}
