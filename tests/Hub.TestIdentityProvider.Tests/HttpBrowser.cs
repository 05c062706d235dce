using System.Net;

namespace Hub.TestIdentityProvider.Tests;

/// <summary>
/// A browser stand-in over HttpClient: keeps the provider's cookies and follows its redirects, but stops at a redirect
/// that leaves the provider (to the client's callback), which is the answer a test looks at.
/// </summary>
internal sealed class HttpBrowser(Uri provider) : IDisposable
{
    private const int MaxRedirects = 10;

    private readonly HttpClient _http = new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false });

    public Task<HttpResponseMessage> GetAsync(Uri address) => FollowAsync(_http.GetAsync(address));

    public Task<HttpResponseMessage> PostFormAsync(Uri address, IReadOnlyDictionary<string, string> fields) =>
        FollowAsync(_http.PostAsync(address, new FormUrlEncodedContent(fields)));

    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> FollowAsync(Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        for (var redirects = 0; redirects < MaxRedirects; redirects++)
        {
            if (response.Headers.Location is not { } location)
            {
                return response;
            }

            var next = new Uri(response.RequestMessage!.RequestUri!, location);
            if (!provider.IsBaseOf(next))
            {
                return response;
            }

            response.Dispose();
            response = await _http.GetAsync(next);
        }

        throw new InvalidOperationException($"More than {MaxRedirects} redirects on the provider.");
    }
}
