using System.Net.Sockets;

namespace Hub.Testing;

/// <summary>Checks whether something accepts TCP connections on a port.</summary>
internal static class TcpProbe
{
    public static async Task<bool> IsOpenAsync(string host, int port, CancellationToken ct = default)
    {
        using var client = new TcpClient();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            await client.ConnectAsync(host, port, limit.Token).ConfigureAwait(false);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }
}
