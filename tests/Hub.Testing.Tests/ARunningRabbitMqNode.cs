using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Hub.Testing;

namespace Hub.Testing.Tests;

[Collection(RabbitMqNodeCollection.Name)]
public sealed class ARunningRabbitMqNode(RabbitMqNodeFixture fixture)
{
    private RabbitMqNode Node => fixture.Node;

    [Fact]
    public async Task AcceptsTcpConnectionsOnItsAmqpPort()
    {
        using var client = new TcpClient();
        await client.ConnectAsync(Node.Host, Node.Port);
        Assert.True(client.Connected);
    }

    [Fact]
    public void DescribesItselfAsAGuestAmqpUri()
    {
        Assert.Equal(new Uri($"amqp://guest:guest@127.0.0.1:{Node.Port}/"), Node.AmqpUri);
        Assert.Equal(("guest", "guest", "/"), (Node.User, Node.Password, Node.VirtualHost));
        Assert.StartsWith("hubtest-", Node.NodeName, StringComparison.Ordinal);
        Assert.False(Node.IsExternal);
    }

    [Fact]
    public async Task AnswersRabbitMqCtl()
    {
        var queues = await Node.RabbitMqCtlAsync("list_queues", "name", "type");
        Assert.Contains("Listing queues", queues, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportsRabbitMqCtlFailuresWithTheirMessage()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Node.RabbitMqCtlAsync("no_such_command"));
        Assert.Contains("no_such_command", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServesTheManagementApiToGuest()
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Node.ManagementUri!, "api/overview"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest")));
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"management_version\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClosesItsAmqpPortOnStopAppAndReopensItOnStartApp()
    {
        await Node.StopAppAsync();
        try
        {
            await Assert.ThrowsAnyAsync<SocketException>(async () =>
            {
                using var client = new TcpClient();
                await client.ConnectAsync(Node.Host, Node.Port);
            });
        }
        finally
        {
            await Node.StartAppAsync();
        }

        using var again = new TcpClient();
        await again.ConnectAsync(Node.Host, Node.Port);
    }
}
