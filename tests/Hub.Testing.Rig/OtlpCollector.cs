using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Hub.Testing;

namespace Hub.Testing.Rig;

/// <summary>
/// A minimal OTLP/HTTP receiver: the services export their traces, logs and metrics here (OTEL_EXPORTER_OTLP_ENDPOINT),
/// and it keeps each request body as text. Protobuf carries strings as UTF-8, so a BSN in any attribute, span name
/// or log body is readable in it.
/// </summary>
public sealed class OtlpCollector : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<(string Signal, string Text)> _exports = new();
    private readonly Task _serving;

    public OtlpCollector()
    {
        Endpoint = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        _listener.Prefixes.Add(Endpoint.ToString());
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public Uri Endpoint { get; }

    /// <summary>Export requests received so far, by signal path (/v1/traces, /v1/logs, /v1/metrics).</summary>
    public IReadOnlyList<(string Signal, string Text)> Exports => [.. _exports];

    /// <summary>The standard variables that switch the services' OTLP export on and point it here; child processes inherit them.</summary>
    public IReadOnlyDictionary<string, string> ExporterEnvironment => new Dictionary<string, string>
    {
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = Endpoint.ToString().TrimEnd('/'),
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
    };

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return; // stopped
            }
            using (var body = new MemoryStream())
            {
                await context.Request.InputStream.CopyToAsync(body);
                _exports.Enqueue((context.Request.Url?.AbsolutePath ?? "", Encoding.UTF8.GetString(body.ToArray())));
            }
            // An empty protobuf Export*ServiceResponse: everything accepted.
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
    }
}
