using System.Security.Cryptography;

namespace Hub.Testing;

/// <summary>Writes a throw-away node's config into its folder and returns the environment that points RabbitMQ at it.</summary>
internal static class RabbitMqNodeFiles
{
    // One cookie for all nodes of this test run, so tests can cluster them.
    private static readonly string Cookie = RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 20);

    /// <param name="tls">Also a TLS listener on <paramref name="tlsPort"/> with these files (the plain one stays, for the tests' own administration).</param>
    public static Dictionary<string, string?> Write(string dir, string nodeName, int port, int managementPort, int distPort, ServerTls? tls = null, int tlsPort = 0)
    {
        Directory.CreateDirectory(Path.Combine(dir, "mnesia"));
        Directory.CreateDirectory(Path.Combine(dir, "log"));
        var home = Directory.CreateDirectory(Path.Combine(dir, "home")).FullName;

        // Erlang (server and CLI alike) reads the cookie from $HOME. Our own HOME makes it known and
        // shared by this run's nodes, whatever /root/.erlang.cookie holds. Erlang insists on mode 0400.
        var cookie = Path.Combine(home, ".erlang.cookie");
        File.WriteAllText(cookie, Cookie);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(cookie, UnixFileMode.UserRead);
        }

        File.WriteAllText(Path.Combine(dir, "enabled_plugins"), "[rabbitmq_management].\n");
        File.WriteAllText(Path.Combine(dir, "rabbitmq-env.conf"), ""); // instead of /etc/rabbitmq/rabbitmq-env.conf
        File.WriteAllText(Path.Combine(dir, "rabbitmq.conf"), $"""
            listeners.tcp.default = 127.0.0.1:{port}
            management.tcp.ip = 127.0.0.1
            management.tcp.port = {managementPort}
            """ + "\n" + (tls is null ? "" : $"""
            listeners.ssl.default = 127.0.0.1:{tlsPort}
            ssl_options.cacertfile = {tls.CaFile}
            ssl_options.certfile = {tls.CertificateFile}
            ssl_options.keyfile = {tls.KeyFile}
            ssl_options.verify = verify_none
            ssl_options.fail_if_no_peer_cert = false
            """ + "\n"));

        // Inherited RABBITMQ_*/ERL_* settings could point the node elsewhere: drop them.
        var env = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(k => k.StartsWith("RABBITMQ_", StringComparison.Ordinal) || k.StartsWith("ERL_", StringComparison.Ordinal))
            .ToDictionary(k => k, _ => (string?)null);
        env["HOME"] = home;
        env["RABBITMQ_NODENAME"] = nodeName;
        env["RABBITMQ_DIST_PORT"] = distPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        env["RABBITMQ_MNESIA_BASE"] = Path.Combine(dir, "mnesia");
        env["RABBITMQ_LOG_BASE"] = Path.Combine(dir, "log");
        env["RABBITMQ_CONFIG_FILE"] = Path.Combine(dir, "rabbitmq.conf");
        env["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(dir, "advanced.config");
        env["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(dir, "rabbitmq-env.conf");
        env["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(dir, "enabled_plugins");
        env["RABBITMQ_FEATURE_FLAGS_FILE"] = Path.Combine(dir, "feature_flags");
        env["RABBITMQ_PID_FILE"] = Path.Combine(dir, "rabbitmq.pid");
        env["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}";

        // The CLI's default distribution ports are 35672-35682 for every caller; 0 lets the OS pick,
        // so parallel rabbitmqctl calls never run out of them.
        env["RABBITMQ_CTL_DIST_PORT_MIN"] = "0";
        env["RABBITMQ_CTL_DIST_PORT_MAX"] = "0";
        return env;
    }
}
