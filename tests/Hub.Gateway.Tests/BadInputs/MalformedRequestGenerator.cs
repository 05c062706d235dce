using System.Text;
using System.Text.Json.Nodes;

namespace Hub.Gateway.Tests.BadInputs;

/// <summary>
/// Generates malformed requests from a seed, so a failure can be replayed: field values that break the
/// rules, bodies wrong as a whole, broken or non-object JSON, invalid UTF-8, deep nesting, wrong content
/// types, bodies over the size limit, bad Idempotency-Keys and route ids that are not ids.
/// </summary>
internal sealed class MalformedRequestGenerator(int seed, DateOnly today)
{
    private static readonly string[] WrongContentTypes =
        ["text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/json", "application/jsonp"];
    private static readonly string[] BadRouteIds = ["not-a-guid", "12345", "'; DROP TABLE vacancies; --", "<script>", "00000000-0000-0000-0000-00000000000G", "%00", "..%2F..%2Fadmin"];
    private static readonly string[] BadIdempotencyKeys =
        [new string('k', 101), new string('k', 5000), "sleutel-\u00e9\u00e9n", "\u043a\u043b\u044e\u0447", "tab\tkey", "   ", "key\u007f", "\U0001F511"];
    private const int OverLimitBytes = 70_000;

    private readonly Random _random = new(seed);

    public IReadOnlyList<WriteEndpoint> Endpoints { get; } = WriteEndpoints.All(today, new Random(seed));

    /// <summary>Every listed invalid value of every field once, then <paramref name="generalDamagePerEndpoint"/> randomly broken requests per endpoint.</summary>
    public IEnumerable<MalformedRequest> Generate(int generalDamagePerEndpoint)
    {
        var sweep = Endpoints.Where(e => e.ValidBody is not null).SelectMany(e => EveryBrokenField(e, e.ValidBody!));
        var general = Enumerable.Range(0, generalDamagePerEndpoint * Endpoints.Count)
            .Select(i => Endpoints[i % Endpoints.Count])
            .Select(e => e.ValidBody is { } body ? GeneralDamage(e, body) : WithoutBody(e));
        return sweep.Concat(general).Select(Decorate);
    }

    /// <summary>Some carry a valid Idempotency-Key from a small pool, so keys repeat: a failed request must never be remembered.</summary>
    private MalformedRequest Decorate(MalformedRequest request)
    {
        if (request.IdempotencyKey is null && _random.Next(3) == 0)
        {
            request = request with { IdempotencyKey = $"bad-input-{_random.Next(20)}" };
        }
        // Browsers and some clients ask for HTML; the answer is Problem Details all the same.
        return _random.Next(10) == 0 ? request with { Accept = "text/html" } : request;
    }

    private IEnumerable<MalformedRequest> EveryBrokenField(WriteEndpoint endpoint, JsonObject body)
    {
        foreach (var field in endpoint.Fields)
        {
            foreach (var invalid in field.InvalidJson)
            {
                yield return Request(endpoint, $"{field.Path} = {invalid}", JsonBody.WithRaw(body, field.Path, invalid));
            }
            if (field.Required)
            {
                yield return Request(endpoint, $"{field.Path} missing", JsonBody.Without(body, field.Path));
                yield return Request(endpoint, $"{field.Path} = null", JsonBody.WithRaw(body, field.Path, "null"));
            }
        }
        foreach (var combination in endpoint.InvalidCombinations)
        {
            var broken = (JsonObject)body.DeepClone();
            combination(broken);
            yield return Request(endpoint, "invalid combination", JsonBody.Bytes(broken));
        }
    }

    private MalformedRequest GeneralDamage(WriteEndpoint endpoint, JsonObject body) => _random.Next(8) switch
    {
        0 => Request(endpoint, "truncated JSON", Truncated(body)),
        1 => Request(endpoint, "not a JSON object", Pick(["null", "[]", "\"text\"", "42", "true", "[{}]", "{}", "", " ", "{\"unknown\":1}"])),
        2 or 3 => Garbage(endpoint, body),
        4 => WrongContentType(endpoint, body),
        5 => OverTheLimit(endpoint, body),
        _ => _random.Next(2) == 0 ? BadKey(endpoint, JsonBody.Bytes(body)) : BadRoute(endpoint, JsonBody.Bytes(body)) ?? BadKey(endpoint, JsonBody.Bytes(body)),
    };

    private MalformedRequest WithoutBody(WriteEndpoint endpoint) => _random.Next(3) switch
    {
        0 => BadKey(endpoint, null),
        1 => BadRoute(endpoint, null)!,
        _ => Request(endpoint, "body over the size limit", Encoding.UTF8.GetBytes(new string(' ', OverLimitBytes))),
    };

    private byte[] Truncated(JsonObject body)
    {
        var text = JsonBody.Bytes(body);
        return text[.._random.Next(text.Length)];
    }

    private MalformedRequest Garbage(WriteEndpoint endpoint, JsonObject body) => _random.Next(4) switch
    {
        0 => Request(endpoint, "random bytes", RandomBytes(_random.Next(1, 300))),
        1 => Request(endpoint, "invalid UTF-8 in a string", InvalidUtf8(endpoint, body)),
        2 => Request(endpoint, "nested 200 deep", Encoding.UTF8.GetBytes(new string('[', 200) + new string(']', 200))),
        _ => Request(endpoint, "deeply nested field", JsonBody.WithRaw(body, Pick(endpoint.Fields).Path, new string('[', 100) + new string(']', 100))),
    };

    private byte[] InvalidUtf8(WriteEndpoint endpoint, JsonObject body)
    {
        var text = Encoding.UTF8.GetString(JsonBody.WithRaw(body, Pick(endpoint.Fields).Path, "\"@@bytes@@\""));
        var at = text.IndexOf("@@bytes@@", StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetBytes(text[..at]), 0xC3, 0x28, 0xFF, 0xED, 0xA0, 0x80, .. Encoding.UTF8.GetBytes(text[(at + 9)..])];
    }

    private MalformedRequest WrongContentType(WriteEndpoint endpoint, JsonObject body)
    {
        var contentType = _random.Next(WrongContentTypes.Length + 1) is var i && i < WrongContentTypes.Length ? WrongContentTypes[i] : null;
        return Request(endpoint, $"content type {contentType ?? "missing"}", JsonBody.Bytes(body)) with { ContentType = contentType };
    }

    private MalformedRequest OverTheLimit(WriteEndpoint endpoint, JsonObject body)
    {
        var padded = (JsonObject)body.DeepClone();
        padded["padding"] = new string('x', OverLimitBytes);
        var chunked = _random.Next(4) == 0;
        return Request(endpoint, chunked ? "body over the size limit, without Content-Length" : "body over the size limit", JsonBody.Bytes(padded)) with { WithoutContentLength = chunked };
    }

    private MalformedRequest BadKey(WriteEndpoint endpoint, byte[]? body) =>
        Request(endpoint, "malformed Idempotency-Key", body) with { IdempotencyKey = Pick(BadIdempotencyKeys) };

    private MalformedRequest? BadRoute(WriteEndpoint endpoint, byte[]? body) =>
        endpoint.PathTemplate.Contains(WriteEndpoint.IdPlaceholder, StringComparison.Ordinal)
            ? Request(endpoint, "route id that is not an id", body) with { Path = endpoint.PathWith(Uri.EscapeDataString(Pick(BadRouteIds))) }
            : null;

    private MalformedRequest Request(WriteEndpoint endpoint, string description, string body) => Request(endpoint, description, Encoding.UTF8.GetBytes(body));

    private MalformedRequest Request(WriteEndpoint endpoint, string description, byte[]? body) =>
        new(endpoint.Name, description, endpoint.Method, endpoint.PathWith(NextGuid().ToString()), endpoint.ApiKey, body, body is null ? null : "application/json");

    private Guid NextGuid()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
