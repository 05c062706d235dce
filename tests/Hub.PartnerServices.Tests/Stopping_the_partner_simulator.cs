using System.Diagnostics;
using System.Text.Json;

namespace Hub.PartnerServices.Tests;

/// <summary>The demo's simulated partners run until Ctrl+C or a service manager's SIGTERM, then free their ports.</summary>
public sealed class Stopping_the_partner_simulator : IDisposable
{
    private readonly string _partners = Path.Combine(Path.GetTempPath(), $"simulated-partners-{Guid.NewGuid():N}.json");

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task Ends_the_process_on_a_stop_signal(string signal)
    {
        File.WriteAllText(_partners, JsonSerializer.Serialize(new[]
        {
            new { name = "Test partner", url = "http://127.0.0.1:0", secret = "test-webhook-secret-0123456789abcdef0123" },
        }));
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        // A test run started in the background by a shell without job control ignores SIGINT, and a child inherits that
        // (as nohup intends): the simulator would never see the signal. Start it with the default disposition, as a terminal would.
        var sigIntIgnored = SigIntIgnored();
        var start = new ProcessStartInfo(sigIntIgnored ? "env" : dotnet) { RedirectStandardOutput = true, UseShellExecute = false };
        if (sigIntIgnored)
        {
            start.ArgumentList.Add("--default-signal=INT");
            start.ArgumentList.Add(dotnet);
        }
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Hub.PartnerSimulator.dll"));
        start.ArgumentList.Add(_partners);
        using var simulator = Process.Start(start)!;
        try
        {
            var listening = await simulator.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.StartsWith("Test partner: webhook http://127.0.0.1:", listening, StringComparison.Ordinal);

            using (var kill = Process.Start("kill", ["-" + signal, simulator.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await simulator.WaitForExitAsync(deadline.Token);

            Assert.Equal(0, simulator.ExitCode);
            Assert.Contains("Simulated partners stopped.", await simulator.StandardOutput.ReadToEndAsync(), StringComparison.Ordinal);
        }
        finally
        {
            if (!simulator.HasExited)
            {
                simulator.Kill();
            }
        }
    }

    public void Dispose() => File.Delete(_partners);

    /// <summary>Whether this process ignores SIGINT (bit 2 of SigIgn in /proc/self/status).</summary>
    private static bool SigIntIgnored() =>
        File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal)) is { } line
        && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & 0x2) != 0;
}
