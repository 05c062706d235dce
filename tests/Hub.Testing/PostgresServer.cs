using System.Data.Common;
using System.Globalization;

namespace Hub.Testing;

/// <summary>
/// A PostgreSQL server for tests: the one named by HUB_TEST_POSTGRES (an Npgsql connection string),
/// or else a throw-away local cluster with superuser "hub" and trust authentication.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    private readonly string? binDirectory;
    private readonly string? externalConnectionString;
    private string? janitorId;
    private bool disposed;

    private PostgresServer(string host, int port, string? binDirectory, string? dataDirectory, string? externalConnectionString)
    {
        (Host, Port, DataDirectory) = (host, port, dataDirectory);
        (this.binDirectory, this.externalConnectionString) = (binDirectory, externalConnectionString);
    }

    public string Host { get; }

    public int Port { get; }

    /// <summary>The server's own folder (data/, log, socket); null for an external server.</summary>
    public string? DataDirectory { get; }

    public bool IsExternal => DataDirectory is null;

    private string ClusterDirectory => Path.Combine(DataDirectory!, "data");

    public static Task<PostgresServer> StartAsync(CancellationToken ct = default) => StartAsync(tls: null, ct);

    /// <param name="tls">Serve TLS with these files (ssl=on; plain connections are still accepted).</param>
    public static async Task<PostgresServer> StartAsync(ServerTls? tls, CancellationToken ct = default)
    {
        var external = Environment.GetEnvironmentVariable("HUB_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(external))
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = external };
            var host = builder.TryGetValue("Host", out var h) ? Convert.ToString(h, CultureInfo.InvariantCulture)! : "localhost";
            var port = builder.TryGetValue("Port", out var p) ? Convert.ToInt32(p, CultureInfo.InvariantCulture) : 5432;
            return new PostgresServer(host, port, null, null, external);
        }

        var bin = FindBinDirectory() ?? throw new InvalidOperationException(
            "PostgreSQL is not installed: no /usr/lib/postgresql/*/bin/initdb. Install the Debian package `postgresql` "
            + "(apt-get install -y postgresql) or set HUB_TEST_POSTGRES to an Npgsql connection string.");
        var dir = Directory.CreateTempSubdirectory("hubtest-postgres-").FullName;
        var server = new PostgresServer("127.0.0.1", FreePort.Next(), bin, dir, null);
        try
        {
            await server.InitializeAsync(ct).ConfigureAwait(false);
            if (tls is not null)
            {
                await server.ServeTlsAsync(tls, ct).ConfigureAwait(false);
            }
            await server.StartAsync().ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Connection string for <paramref name="database"/> (which the caller creates if needed).</summary>
    public string ConnectionString(string database)
    {
        if (externalConnectionString is null)
        {
            return $"Host=127.0.0.1;Port={Port};Username=hub;Database={database};Pooling=true";
        }

        var builder = new DbConnectionStringBuilder { ConnectionString = externalConnectionString };
        builder.Remove("DB");
        builder["Database"] = database;
        return builder.ConnectionString;
    }

    /// <summary>
    /// Runs a client tool of the installed PostgreSQL (pg_dump, pg_restore) as an operator would, connecting over TCP as
    /// the user `hub`; returns its standard output. Fails with the tool's own message when it exits with an error.
    /// </summary>
    public Task<string> ClientToolAsync(string tool, params string[] args)
    {
        var bin = binDirectory ?? FindBinDirectory() ?? throw new InvalidOperationException($"{tool}: no PostgreSQL installation under /usr/lib/postgresql.");
        return CommandRunner.RunCheckedAsync(Path.Combine(bin, tool), ["-h", Host, "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", "hub", .. args],
            timeout: TimeSpan.FromSeconds(90));
    }

    /// <summary>pg_ctl stop -m fast: the server goes away like a database outage; the files stay.</summary>
    public Task StopAsync() => PgCtlAsync("stop", "-m", "fast", "-w");

    /// <summary>Starts the server (again) on the same folder and port; returns once it accepts connections.</summary>
    public Task StartAsync()
    {
        var options = $"-p {Port} -k {DataDirectory} -c listen_addresses=127.0.0.1 -c max_connections=300 "
            + "-c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        return PgCtlAsync("-o", options, "-l", Path.Combine(DataDirectory!, "log"), "-t", "60", "start", "-w");
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed || IsExternal)
        {
            return;
        }

        disposed = true;
        await StopImmediatelyAsync().ConfigureAwait(false);
        TempDirectory.Delete(DataDirectory!);
        if (janitorId is not null)
        {
            ProcessJanitor.Unregister(janitorId);
        }
    }

    private static string Runner =>
        !Environment.IsPrivilegedProcess ? "/usr/bin/env"
        : File.Exists("/usr/sbin/runuser") ? "/usr/sbin/runuser" // /usr/sbin may be missing from PATH
        : "runuser";

    private static string? FindBinDirectory() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Where(d => File.Exists(Path.Combine(d, "bin", "initdb")))
                .OrderByDescending(d => decimal.TryParse(Path.GetFileName(d), CultureInfo.InvariantCulture, out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin"))
                .FirstOrDefault()
            : null;

    private async Task InitializeAsync(CancellationToken ct)
    {
        // initdb refuses to run as root: as root, the cluster belongs to the `postgres` user.
        if (Environment.IsPrivilegedProcess)
        {
            await CommandRunner.RunCheckedAsync("chown", ["postgres:postgres", DataDirectory!], ct: ct).ConfigureAwait(false);
        }

        var postmasterPid = ProcessJanitor.Quote(Path.Combine(ClusterDirectory, "postmaster.pid"));
        janitorId = ProcessJanitor.Register(
            $"kill -QUIT $(head -1 {postmasterPid} 2>/dev/null) 2>/dev/null; sleep 1; rm -rf {ProcessJanitor.Quote(DataDirectory!)}",
            inProcess: () =>
            {
                StopImmediatelyAsync().GetAwaiter().GetResult();
                TempDirectory.Delete(DataDirectory!);
            });
        await CommandRunner.RunCheckedAsync(Runner,
            AsServerUser("initdb", "-D", ClusterDirectory, "-A", "trust", "-U", "hub", "-E", "UTF8", "--no-locale", "--no-sync"),
            timeout: CommandTimeout, ct: ct).ConfigureAwait(false);
    }

    /// <summary>Copies the certificate and key into the cluster (PostgreSQL wants the key its own user's, mode 0600) and turns ssl on.</summary>
    private async Task ServeTlsAsync(ServerTls tls, CancellationToken ct)
    {
        var certificate = Path.Combine(ClusterDirectory, "server.crt");
        var key = Path.Combine(ClusterDirectory, "server.key");
        File.Copy(tls.CertificateFile, certificate, overwrite: true);
        File.Copy(tls.KeyFile, key, overwrite: true);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(key, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        if (Environment.IsPrivilegedProcess)
        {
            await CommandRunner.RunCheckedAsync("chown", ["postgres:postgres", certificate, key], ct: ct).ConfigureAwait(false);
        }
        await File.AppendAllTextAsync(Path.Combine(ClusterDirectory, "postgresql.conf"),
            "\nssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n", ct).ConfigureAwait(false);
    }

    private async Task StopImmediatelyAsync()
    {
        if (File.Exists(Path.Combine(ClusterDirectory, "postmaster.pid")))
        {
            await CommandRunner.RunAsync(Runner, AsServerUser("pg_ctl", "-D", ClusterDirectory, "stop", "-m", "immediate", "-w"),
                timeout: CommandTimeout).ConfigureAwait(false);
        }
    }

    private async Task PgCtlAsync(params string[] args)
    {
        if (IsExternal)
        {
            throw new InvalidOperationException("An external server (HUB_TEST_POSTGRES) cannot be stopped or started by the tests.");
        }

        try
        {
            await CommandRunner.RunCheckedAsync(Runner, AsServerUser("pg_ctl", ["-D", ClusterDirectory, .. args]),
                timeout: TimeSpan.FromSeconds(90)).ConfigureAwait(false);
        }
        catch (InvalidOperationException e)
        {
            var log = Path.Combine(DataDirectory!, "log");
            var tail = File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(30)) : "(no log)";
            throw new InvalidOperationException($"{e.Message}\n--- {log} ---\n{tail}", e);
        }
    }

    /// <summary>Arguments for <see cref="Runner"/>: runuser -u postgres -- tool ... as root, env tool ... otherwise.</summary>
    private string[] AsServerUser(string tool, params string[] args)
    {
        var path = Path.Combine(binDirectory!, tool);
        return Environment.IsPrivilegedProcess ? ["-u", "postgres", "--", path, .. args] : [path, .. args];
    }
}
