using System.Collections.Concurrent;
using System.Net;
using Hub.Testing;

namespace Hub.Operations.BrowserTests;

/// <summary>A webhook endpoint on a free port that keeps every alert body it receives.</summary>
public sealed class AlertReceiver : IDisposable
{
    private readonly HttpListener _listener = new();

    public AlertReceiver()
    {
        Url = $"http://127.0.0.1:{FreePort.Next()}/alerts/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = Task.Run(ReceiveAsync);
    }

    public string Url { get; }

    public ConcurrentQueue<string> Received { get; } = new();

    private async Task ReceiveAsync()
    {
        while (_listener.IsListening)
        {
            try
            {
                var context = await _listener.GetContextAsync();
                using (var reader = new StreamReader(context.Request.InputStream))
                {
                    Received.Enqueue(await reader.ReadToEndAsync());
                }
                context.Response.StatusCode = 204;
                context.Response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
        }
    }

    public void Dispose() => _listener.Close();
}
