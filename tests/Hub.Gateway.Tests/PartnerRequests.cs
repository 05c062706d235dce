using System.Net.Http.Json;
using System.Text.Json;

namespace Hub.Gateway.Tests;

/// <summary>Small helpers to post JSON with an optional Idempotency-Key and to read Problem Details.</summary>
internal static class PartnerRequests
{
    public static async Task<HttpResponseMessage> PostJson(this HttpClient client, string path, object? body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        return await client.SendAsync(request);
    }

    /// <summary>The field names of a validation problem's <c>errors</c>.</summary>
    public static async Task<string[]> ErrorFields(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name)];
    }
}
