using System.Text.Json;

namespace Hub.Gateway.Tests.BadInputs;

/// <summary>Checks that a refusal is the gateway's own Problem Details with one of the expected statuses.</summary>
internal static class ProblemAnswer
{
    /// <summary>What is wrong with the answer, or null when it is a Problem Details with an expected status.</summary>
    public static async Task<string?> WrongnessOf(HttpResponseMessage response, IReadOnlyCollection<int> expectedStatuses)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        if (!expectedStatuses.Contains(status))
        {
            return $"status {status}: {Shorten(body)}";
        }
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"status {status} with content type {response.Content.Headers.ContentType}: {Shorten(body)}";
        }
        try
        {
            using var problem = JsonDocument.Parse(body);
            var root = problem.RootElement;
            return root.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.Number && s.GetInt32() == status
                && root.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String && title.GetString()!.Length > 0
                ? null
                : $"status {status}, Problem Details without matching status and title: {Shorten(body)}";
        }
        catch (JsonException)
        {
            return $"status {status}, body is not JSON: {Shorten(body)}";
        }
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "...";
}
