using System.Net;
using System.Net.Sockets;
using Hub.Testing;

namespace Hub.Testing.Tests;

public sealed class FreePortHandouts
{
    [Fact]
    public void NeverRepeatAPort()
    {
        var ports = Enumerable.Range(0, 200).Select(_ => FreePort.Next()).ToList();
        Assert.Equal(ports.Count, ports.Distinct().Count());
    }

    [Fact]
    public void CanBeBoundOnLoopback()
    {
        var listener = new TcpListener(IPAddress.Loopback, FreePort.Next());
        listener.Start();
        listener.Stop();
    }
}
