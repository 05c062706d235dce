using System.Buffers.Text;
using System.Text.Json;

namespace Hub.TestIdentityProvider.Tests;

/// <summary>The claims in a JWT, read without checking its signature: the tests look at what the provider put in.</summary>
internal sealed class JwtPayload(string jwt)
{
    private readonly JsonElement _claims = JsonDocument.Parse(Base64Url.DecodeFromChars(jwt.Split('.')[1])).RootElement.Clone();

    public string? Single(string name) => _claims.TryGetProperty(name, out var value) ? value.GetString() : null;

    /// <summary>A claim given once is a JSON string, given more often an array; both read as a list here.</summary>
    public IReadOnlyList<string> All(string name) => !_claims.TryGetProperty(name, out var value) ? []
        : value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Select(item => item.GetString()!)]
        : [value.GetString()!];
}
