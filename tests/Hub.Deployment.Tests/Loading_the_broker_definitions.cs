namespace Hub.Deployment.Tests;

/// <summary>infra/rabbitmq/load-definitions.sh (the one-shot compose service) against a fake rabbitmqctl.</summary>
public sealed class Loading_the_broker_definitions : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hub-load-definitions-").FullName;
    private readonly string _calls;
    private readonly string _fake;

    public Loading_the_broker_definitions()
    {
        _calls = Path.Combine(_dir, "calls.log");
        _fake = Path.Combine(_dir, "rabbitmqctl");
        // Records every call; authenticate_user fails for the password "wrong".
        File.WriteAllText(_fake, """
            #!/usr/bin/env bash
            echo "$*" >> "$FAKE_CALLS"
            [[ " $* " == *" authenticate_user "*" wrong "* ]] && exit 1
            exit 0
            """.Replace("\r", ""));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void It_imports_sets_the_passwords_and_checks_each_service_user_can_log_in()
    {
        var result = Load(gatewayPassword: "gw-secret");

        Assert.True(result.ExitCode == 0, result.Output);
        var calls = File.ReadAllLines(_calls);
        Assert.StartsWith("-n rabbit@rabbitmq import_definitions ", calls[0]);
        Assert.EndsWith("infra/rabbitmq/definitions.json", calls[0]);
        Assert.Contains("-n rabbit@rabbitmq -q change_password hub-gateway gw-secret", calls);
        Assert.Contains("-n rabbit@rabbitmq -q change_password hub-job-matching jm-secret", calls);
        Assert.Contains("-n rabbit@rabbitmq -q change_password hub-signals sig-secret", calls);
        Assert.Contains("-n rabbit@rabbitmq -q authenticate_user hub-gateway gw-secret", calls);
        Assert.Contains("-n rabbit@rabbitmq -q authenticate_user hub-job-matching jm-secret", calls);
        Assert.Contains("-n rabbit@rabbitmq -q authenticate_user hub-signals sig-secret", calls);
        Assert.Contains("-n rabbit@rabbitmq -q authenticate_user hub-housing ho-secret", calls);
        Assert.Contains("-n rabbit@rabbitmq -q authenticate_user hub-schools sc-secret", calls);
        Assert.Contains("-n rabbit@rabbitmq -q authenticate_user hub-police po-secret", calls);
        // The operators' user without a password is reported, not fatal.
        Assert.DoesNotContain(calls, c => c.Contains("hub-operations", StringComparison.Ordinal));
        Assert.Contains("RABBITMQ_PASSWORD_OPERATIONS is not set", result.StandardError);
    }

    [Fact]
    public void It_fails_when_a_service_user_cannot_log_in()
    {
        var result = Load(gatewayPassword: "wrong");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("hub-gateway cannot log in", result.StandardError);
    }

    [Fact]
    public void It_fails_when_a_service_password_is_missing()
    {
        var result = Load(gatewayPassword: null);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("RABBITMQ_PASSWORD_GATEWAY is not set", result.StandardError);
    }

    private ProcessResult Load(string? gatewayPassword) =>
        Repository.Run("bash", [Repository.PathOf("infra/rabbitmq/load-definitions.sh")], new Dictionary<string, string?>
        {
            ["RABBITMQCTL"] = _fake,
            ["FAKE_CALLS"] = _calls,
            ["RABBITMQ_NODE"] = "rabbit@rabbitmq",
            ["RABBITMQ_PASSWORD_GATEWAY"] = gatewayPassword,
            ["RABBITMQ_PASSWORD_JOB_MATCHING"] = "jm-secret",
            ["RABBITMQ_PASSWORD_SIGNALS"] = "sig-secret",
            ["RABBITMQ_PASSWORD_HOUSING"] = "ho-secret",
            ["RABBITMQ_PASSWORD_SCHOOLS"] = "sc-secret",
            ["RABBITMQ_PASSWORD_POLICE"] = "po-secret",
            ["RABBITMQ_PASSWORD_OPERATIONS"] = null,
        });
}
