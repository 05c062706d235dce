using System.Diagnostics;
using System.Security.Cryptography;

namespace Hub.Testing;

/// <summary>
/// A RabbitMQ broker for tests: the one named by HUB_TEST_RABBITMQ (an amqp:// URL), or else
/// a throw-away local node with its own ports, files and Erlang cookie.
/// </summary>
public sealed class RabbitMqNode : IAsyncDisposable
{
    private const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    private const string CtlScript = "/usr/lib/rabbitmq/bin/rabbitmqctl";
    private const string DiagnosticsScript = "/usr/lib/rabbitmq/bin/rabbitmq-diagnostics";
    // Generous: on a loaded 2-core machine (parallel test assemblies) a node has been seen to need over a minute.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180);

    private readonly IReadOnlyDictionary<string, string?>? environment;
    private readonly OutputBuffer output = new();
    private Process? process;
    private string? janitorId;
    private bool disposed;

    private RabbitMqNode(string host, int port, string user, string password, string virtualHost, string nodeName,
        Uri amqpUri, Uri? managementUri, string? dataDirectory, IReadOnlyDictionary<string, string?>? environment)
    {
        (Host, Port, User, Password, VirtualHost, NodeName) = (host, port, user, password, virtualHost, nodeName);
        (AmqpUri, ManagementUri, DataDirectory, this.environment) = (amqpUri, managementUri, dataDirectory, environment);
    }

    public string Host { get; }

    public int Port { get; }

    /// <summary>The AMQP-over-TLS port, when started with TLS.</summary>
    public int? TlsPort { get; private set; }

    /// <summary>HTTP port of the management plugin; null for an external broker without HUB_TEST_RABBITMQ_MANAGEMENT.</summary>
    public int? ManagementPort => ManagementUri?.Port;

    public Uri? ManagementUri { get; }

    public string User { get; }

    public string Password { get; }

    public string VirtualHost { get; }

    /// <summary>Erlang node name for rabbitmqctl; empty for an external broker unless HUB_TEST_RABBITMQ_NODE names it.</summary>
    public string NodeName { get; }

    public Uri AmqpUri { get; }

    /// <summary>RabbitMQ's built-in user (password equal to the name), the only one on a fresh node.</summary>
    public const string DefaultUser = "guest";

    /// <summary>The node's own folder (mnesia/, log/, config, cookie); null for an external broker.</summary>
    public string? DataDirectory { get; }

    public bool IsExternal => DataDirectory is null;

    /// <summary>What the node printed to its console so far.</summary>
    public string OutputText => output.Text;

    private string PidFile => Path.Combine(DataDirectory!, "rabbitmq.pid");

    public static Task<RabbitMqNode> StartAsync(CancellationToken ct = default) => StartAsync(tls: null, ct);

    /// <param name="tls">Also listen for AMQP over TLS (<see cref="TlsPort"/>) with these files.</param>
    public static async Task<RabbitMqNode> StartAsync(ServerTls? tls, CancellationToken ct = default)
    {
        var external = Environment.GetEnvironmentVariable("HUB_TEST_RABBITMQ");
        if (!string.IsNullOrWhiteSpace(external))
        {
            return FromUrl(new Uri(external), Environment.GetEnvironmentVariable("HUB_TEST_RABBITMQ_MANAGEMENT"));
        }

        if (!File.Exists(ServerScript))
        {
            throw new InvalidOperationException(
                $"RabbitMQ is not installed: {ServerScript} is missing. Install the Debian package `rabbitmq-server` "
                + "(apt-get install -y rabbitmq-server) or set HUB_TEST_RABBITMQ to the amqp:// URL of a broker to use.");
        }

        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var dir = Directory.CreateTempSubdirectory($"hubtest-rabbitmq-{id}-").FullName;
        var nodeName = $"hubtest-{id}@localhost";
        var (port, managementPort) = (FreePort.Next(), FreePort.Next());
        var tlsPort = tls is null ? 0 : FreePort.Next();
        var env = RabbitMqNodeFiles.Write(dir, nodeName, port, managementPort, distPort: FreePort.Next(), tls, tlsPort);
        // A fresh node has only RabbitMQ's built-in guest user, which may log in over loopback only.
        var amqpUri = new Uri($"amqp://{DefaultUser}:{DefaultUser}@127.0.0.1:{port}/");
        var node = new RabbitMqNode("127.0.0.1", port, DefaultUser, DefaultUser, "/", nodeName, amqpUri,
            new Uri($"http://127.0.0.1:{managementPort}/"), dir, env);
        node.TlsPort = tls is null ? null : tlsPort;
        try
        {
            node.Launch();
            await node.WaitUntilReadyAsync(ct).ConfigureAwait(false);
            return node;
        }
        catch
        {
            await node.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>rabbitmqctl stop_app: the node stays up but stops serving AMQP, like a broker outage.</summary>
    public Task StopAppAsync() => RabbitMqCtlAsync("stop_app");

    /// <summary>rabbitmqctl start_app, then waits until the AMQP port accepts connections again.</summary>
    public async Task StartAppAsync()
    {
        await RabbitMqCtlAsync("start_app").ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        while (!await TcpProbe.IsOpenAsync(Host, Port).ConfigureAwait(false))
        {
            if (clock.Elapsed > StartTimeout)
            {
                throw new TimeoutException($"RabbitMQ node {NodeName} did not listen on port {Port} after start_app.");
            }

            await Task.Delay(100).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// SIGKILLs the node, like a crashed broker host; no rabbitmqctl, which on a loaded machine needs minutes to stop
    /// an app. Durable state (vhosts, users, quorum queues and every message they confirmed) is on disk; runtime state
    /// such as the firehose is gone. <see cref="RestartAsync"/> brings it back.
    /// </summary>
    public void Kill()
    {
        if (IsExternal || process is null)
        {
            throw new InvalidOperationException("Only a node the tests started can be killed.");
        }
        KillNow();
    }

    /// <summary>Starts a killed node again on the same data directory, ports and name; returns once it accepts AMQP connections.</summary>
    public async Task RestartAsync(CancellationToken ct = default)
    {
        if (process is not { HasExited: true })
        {
            throw new InvalidOperationException("Kill the node before restarting it.");
        }
        process.Dispose();
        if (janitorId is not null)
        {
            ProcessJanitor.Unregister(janitorId);
        }
        File.Delete(PidFile); // the old beam's; the new one writes its own
        Launch();
        // Only TCP probes (no CLI): the listeners open at the end of the boot, once the queues are recovered.
        var clock = Stopwatch.StartNew();
        while (!await TcpProbe.IsOpenAsync(Host, Port, ct).ConfigureAwait(false))
        {
            if (process.HasExited)
            {
                throw StartFailure($"exited with code {process.ExitCode} while restarting", timedOut: false);
            }
            if (clock.Elapsed > StartTimeout)
            {
                throw StartFailure($"did not listen again within {StartTimeout.TotalSeconds:0} s of a restart", timedOut: true);
            }
            await Task.Delay(100, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Runs rabbitmqctl against this node; returns stdout, throws with stderr on a non-zero exit.</summary>
    public Task<string> RabbitMqCtlAsync(params string[] args)
    {
        if (NodeName.Length == 0)
        {
            throw new InvalidOperationException(
                "The external broker's node name is unknown: set HUB_TEST_RABBITMQ_NODE to use rabbitmqctl against it.");
        }

        var ctl = File.Exists(CtlScript) ? CtlScript : "rabbitmqctl";
        return CommandRunner.RunCheckedAsync(ctl, ["-n", NodeName, .. args], environment, TimeSpan.FromSeconds(90));
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed || IsExternal)
        {
            return;
        }

        disposed = true;
        if (process is not null)
        {
            if (!process.HasExited)
            {
                await StopGracefullyAsync().ConfigureAwait(false);
            }

            if (!process.HasExited)
            {
                KillNow();
            }

            process.Dispose();
        }

        TempDirectory.Delete(DataDirectory!);
        if (janitorId is not null)
        {
            ProcessJanitor.Unregister(janitorId);
        }
    }

    private static RabbitMqNode FromUrl(Uri url, string? managementUrl)
    {
        var credentials = url.UserInfo.Split(':', 2);
        var user = credentials[0].Length > 0 ? Uri.UnescapeDataString(credentials[0]) : DefaultUser;
        var password = credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : DefaultUser;
        var path = url.AbsolutePath.TrimStart('/');
        var virtualHost = path.Length == 0 ? "/" : Uri.UnescapeDataString(path);
        var port = url.Port > 0 ? url.Port : url.Scheme == "amqps" ? 5671 : 5672;
        var management = string.IsNullOrWhiteSpace(managementUrl) ? null : new Uri(managementUrl);
        var nodeName = Environment.GetEnvironmentVariable("HUB_TEST_RABBITMQ_NODE") ?? "";
        return new RabbitMqNode(url.Host, port, user, password, virtualHost, nodeName, url, management, null, null);
    }

    private void Launch()
    {
        var startInfo = CommandRunner.CreateStartInfo(ServerScript, [], environment);
        startInfo.WorkingDirectory = DataDirectory;
        process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {ServerScript}.");
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();

        // The script runs beam.smp as its child; the pid file names beam in case the script is gone.
        var pidFile = ProcessJanitor.Quote(PidFile);
        janitorId = ProcessJanitor.Register(
            $"kill -9 $(cat {pidFile} 2>/dev/null) $(cat /proc/{process.Id}/task/*/children 2>/dev/null) {process.Id} 2>/dev/null; "
            + $"rm -rf {ProcessJanitor.Quote(DataDirectory!)}",
            inProcess: () =>
            {
                KillNow();
                TempDirectory.Delete(DataDirectory!);
            });
    }

    /// <summary>
    /// SIGKILLs beam.smp first and lets the script reap it before the script is killed: killing both at
    /// once leaves beam a zombie where PID 1 does not reap orphans (as in this sandbox).
    /// </summary>
    private void KillNow()
    {
        if (int.TryParse(File.Exists(PidFile) ? File.ReadAllText(PidFile) : "", out var beamPid))
        {
            try
            {
                using var beam = Process.GetProcessById(beamPid);
                beam.Kill();
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                // already gone
            }
        }

        if (!process!.WaitForExit(TimeSpan.FromSeconds(5)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (process!.HasExited)
            {
                throw StartFailure($"exited with code {process.ExitCode} while starting", timedOut: false);
            }

            // Cheap TCP probes first: each CLI call costs about a second of CPU.
            if (await TcpProbe.IsOpenAsync(Host, Port, ct).ConfigureAwait(false)
                && await TcpProbe.IsOpenAsync(Host, ManagementPort!.Value, ct).ConfigureAwait(false))
            {
                // On a crowded machine the CLI's own VM can take longer to boot than the node; that is "not yet", not a failure.
                var remaining = StartTimeout - clock.Elapsed;
                var check = await CommandRunner.RunAsync(DiagnosticsScript, ["-n", NodeName, "-q", "check_port_connectivity"],
                    environment, remaining > TimeSpan.FromSeconds(30) ? remaining : TimeSpan.FromSeconds(30), ct).ConfigureAwait(false);
                if (check.ExitCode == 0)
                {
                    return;
                }
            }

            if (clock.Elapsed > StartTimeout)
            {
                throw StartFailure($"was not ready within {StartTimeout.TotalSeconds:0} s", timedOut: true);
            }

            await Task.Delay(200, ct).ConfigureAwait(false);
        }
    }

    private async Task StopGracefullyAsync()
    {
        try
        {
            await RabbitMqCtlAsync("stop").ConfigureAwait(false);
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await process!.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or OperationCanceledException)
        {
            // The caller kills the process tree instead.
        }
    }

    private Exception StartFailure(string what, bool timedOut)
    {
        var logFile = Path.Combine(DataDirectory!, "log", NodeName + ".log");
        var log = File.Exists(logFile) ? string.Join('\n', File.ReadLines(logFile).TakeLast(40)) : "(no log file)";
        var message = $"RabbitMQ node {NodeName} {what}.\n--- console ---\n{output.Tail(40)}\n--- {logFile} ---\n{log}";
        return timedOut ? new TimeoutException(message) : new InvalidOperationException(message);
    }
}
