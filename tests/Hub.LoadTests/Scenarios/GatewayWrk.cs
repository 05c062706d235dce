using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hub.LoadTests.Scenarios;

/// <summary>
/// wrk (Debian package) against the gateway: POST /api/v1/vacancies, which answers 202 only after the broker's publisher
/// confirm, and the no-op twin that does everything but the publish, same app, same body, same key.
/// </summary>
internal static partial class GatewayWrk
{
    public sealed record Outcome(double RequestsPerSecond, double P50, double P99, long Non2xx, long Requests);

    public static bool IsInstalled => File.Exists("/usr/bin/wrk");

    /// <param name="idempotencyKeys">A fresh Idempotency-Key on every request, as Hub.Client sends.</param>
    public static async Task<Outcome> RunAsync(Uri gateway, string path, bool idempotencyKeys, int connections, int seconds, string scratch)
    {
        var body = JsonSerializer.Serialize(TrafficData.Vacancy(7, TrafficData.UnsoughtOccupation), JsonSerializerOptions.Web);
        var script = Path.Combine(scratch, "wrk-post.lua");
        await File.WriteAllTextAsync(script, $$"""
            wrk.method = "POST"
            wrk.body = [[{{body}}]]
            wrk.headers["Content-Type"] = "application/json"
            wrk.headers["X-Api-Key"] = "demo-employer-key-installatie-oost"
            local threads = 0
            function setup(thread)
              threads = threads + 1
              thread:set("thread_id", threads)
            end
            local sent = 0
            function request()
              if {{(idempotencyKeys ? "true" : "false")}} then
                sent = sent + 1
                wrk.headers["Idempotency-Key"] = string.format("{{Guid.NewGuid():N}}-%d-%d", thread_id, sent)
              end
              return wrk.format()
            end
            """);
        var start = new ProcessStartInfo("/usr/bin/wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-t2", $"-c{connections}", $"-d{seconds}s", "--latency", "-s", script, new Uri(gateway, path).ToString()])
        {
            start.ArgumentList.Add(argument);
        }
        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start.");
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        return new Outcome(
            Number(RequestsPerSecond().Match(output)),
            Milliseconds(Percentile50().Match(output)),
            Milliseconds(Percentile99().Match(output)),
            Non2xx().Match(output) is { Success: true } non2xx ? long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            RequestCount().Match(output) is { Success: true } requests ? long.Parse(requests.Groups[1].Value, CultureInfo.InvariantCulture) : 0);
    }

    private static double Number(Match match) => match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;

    /// <summary>wrk prints latencies as 812.00us, 1.23ms or 1.02s.</summary>
    private static double Milliseconds(Match match) => !match.Success ? double.NaN : match.Groups[2].Value switch
    {
        "us" => Number(match) / 1000,
        "s" => Number(match) * 1000,
        "m" => Number(match) * 60_000,
        _ => Number(match),
    };

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"^\s+50%\s+([\d.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline)]
    private static partial Regex Percentile50();

    [GeneratedRegex(@"^\s+99%\s+([\d.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline)]
    private static partial Regex Percentile99();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex RequestCount();
}
