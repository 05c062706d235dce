using System.Net;
using Hub.Testing;

namespace Hub.Operations.BrowserTests;

/// <summary>A partner system's webhook on a free port: refuses every push with 400 while <see cref="Refusing"/>, then takes them.</summary>
public sealed class PartnerWebhook : IDisposable
{
    private readonly HttpListener _listener = new();

    public PartnerWebhook()
    {
        Url = $"http://127.0.0.1:{FreePort.Next()}/webhook/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = Task.Run(ReceiveAsync);
    }

    public string Url { get; }

    private volatile bool _refusing = true;

    public bool Refusing
    {
        get => _refusing;
        set => _refusing = value;
    }

    private async Task ReceiveAsync()
    {
        while (_listener.IsListening)
        {
            try
            {
                var context = await _listener.GetContextAsync();
                context.Response.StatusCode = Refusing ? 400 : 204;
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
