using System.Net;

namespace Hub.Testing.Rig;

/// <summary>
/// The status and Location of a partner's latest answer, seen outside Hub.Client's retries, so a test
/// can still check what the gateway said (202 and where to read back) behind the typed receipt.
/// </summary>
public sealed class LastResponse
{
    public HttpStatusCode? StatusCode { get; private set; }

    public Uri? Location { get; private set; }

    /// <summary>A fresh handler for each pipeline HttpClientFactory builds; they all report here.</summary>
    public DelegatingHandler NewHandler() => new Recorder(this);

    private sealed class Recorder(LastResponse last) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            (last.StatusCode, last.Location) = (response.StatusCode, response.Headers.Location);
            return response;
        }
    }
}
