using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Testing;

namespace Hub.Gateway.Tests;

/// <summary>
/// docs/openapi.json is the partner API as partners and Hub.Client read it, in the repository so that every change to a
/// public shape shows in review. This fails when the gateway serves another document; after a deliberate change, run
/// with HUB_UPDATE_OPENAPI=1 to write the served one over it, and read the diff. The examples are left out of the
/// comparison: their dates follow the clock (a closing date a month from today).
/// </summary>
public sealed class Publishing_the_api_document(GatewayApplication app) : IClassFixture<GatewayApplication>
{
    public static readonly string CommittedPath = Path.Combine(RepositoryPaths.RepoRoot, "docs", "openapi.json");

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task The_served_document_is_the_committed_one()
    {
        var served = JsonNode.Parse(await app.ClientFor(null).GetStringAsync("/openapi/v1.json"))!.AsObject();
        // The server address is the one the request came in on: the test host's, not a partner's.
        served.Remove("servers");
        var text = served.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";

        if (Environment.GetEnvironmentVariable("HUB_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(CommittedPath, text);
        }

        Assert.True(File.Exists(CommittedPath), "docs/openapi.json is missing: run this test with HUB_UPDATE_OPENAPI=1");
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(CommittedPath))!;
        Assert.Equal(WithoutExamples(committed).ToJsonString(Indented), WithoutExamples(served).ToJsonString(Indented));
    }

    private static JsonNode WithoutExamples(JsonNode node)
    {
        var copy = node.DeepClone();
        Strip(copy);
        return copy;

        static void Strip(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    obj.Remove("example");
                    obj.Remove("examples");
                    foreach (var (_, child) in obj)
                    {
                        Strip(child);
                    }
                    break;
                case JsonArray array:
                    foreach (var child in array)
                    {
                        Strip(child);
                    }
                    break;
            }
        }
    }
}
