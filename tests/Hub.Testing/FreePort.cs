using System.Net;
using System.Net.Sockets;

namespace Hub.Testing;

/// <summary>Hands out TCP ports that are free now, never the same one twice in a test run.</summary>
public static class FreePort
{
    // Below Linux's ephemeral range (32768+): an outgoing connection cannot take the port
    // between our probe and the server's bind, as it could with a port from bind(0).
    private const int RangeStart = 20000;
    private const int RangeEnd = 32000;

    // Ports a system-wide RabbitMQ (dist 25672) may hold.
    private static readonly HashSet<int> Reserved = [25672];
    private static readonly HashSet<int> HandedOut = [];
    private static readonly Lock Gate = new();

    public static int Next()
    {
        lock (Gate)
        {
            for (var attempt = 0; attempt < 1000; attempt++)
            {
                var port = Random.Shared.Next(RangeStart, RangeEnd);
                if (!Reserved.Contains(port) && !HandedOut.Contains(port) && IsFree(port))
                {
                    HandedOut.Add(port);
                    return port;
                }
            }

            // The range is crowded: let the OS choose instead.
            while (true)
            {
                var port = BindAndRelease(0);
                if (port is int p && HandedOut.Add(p))
                {
                    return p;
                }
            }
        }
    }

    private static bool IsFree(int port) => BindAndRelease(port) is not null;

    private static int? BindAndRelease(int port)
    {
        // IPAddress.Any also fails when something listens on 127.0.0.1 only.
        var listener = new TcpListener(IPAddress.Any, port);
        try
        {
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        catch (SocketException)
        {
            return null;
        }
        finally
        {
            listener.Stop();
        }
    }
}
