namespace Hub.PartnerIntegration;

/// <summary>The rules for every HTTP request an adapter sends to a partner system (webhooks, export APIs).</summary>
public static class PartnerHttp
{
    /// <summary>
    /// No redirects: a partner endpoint answering 3xx would otherwise have the signed personal payload (and its
    /// signature headers) sent on to any address it names. A redirect is an answer like any other non-2xx.
    /// </summary>
    public static HttpMessageHandler Handler() => new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };

    /// <summary>https, or http only to this machine (a local TLS sidecar) or in Development.</summary>
    public static bool IsAllowed(Uri? address, bool development) =>
        address is null
        || address.Scheme == Uri.UriSchemeHttps
        || (address.Scheme == Uri.UriSchemeHttp && (development || address.IsLoopback));

    /// <summary>Reads at most <paramref name="limit"/> bytes; a larger body is refused, not buffered.</summary>
    public static async Task<byte[]> ReadLimitedAsync(HttpContent content, long limit, CancellationToken ct)
    {
        if (content.Headers.ContentLength > limit)
        {
            throw new ExportTooLargeException(content.Headers.ContentLength.Value, limit);
        }
        await using var body = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new ExportTooLargeException(buffer.Length + read, limit);
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}

public sealed class ExportTooLargeException(long size, long limit)
    : InvalidOperationException($"The export is larger ({size} bytes or more) than Import:MaxExportBytes ({limit}).");
