using System.Diagnostics;

namespace Hub.Testing;

/// <summary>
/// One Hub service running as a real `dotnet` process from its built DLL
/// (services/&lt;Project&gt;/bin/&lt;Configuration&gt;/net10.0/&lt;Project&gt;.dll), with its output captured.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    // No proxy: the services listen on loopback, and a proxy from the environment must not intercept.
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false })
    {
        Timeout = TimeSpan.FromSeconds(5),
    };

    private static readonly System.Collections.Concurrent.ConcurrentQueue<ServiceProcess> StartedInThisRun = new();

    private readonly Process process;
    private readonly OutputBuffer output = new();
    private readonly string dllPath;
    private readonly IReadOnlyDictionary<string, string?> environment;
    private readonly string urls;
    private readonly string janitorId;
    private bool disposed;

    private ServiceProcess(string projectName, string dllPath, IReadOnlyDictionary<string, string?> environment,
        string urls, Action<string>? log)
    {
        (ProjectName, this.dllPath, this.environment, this.urls) = (projectName, dllPath, environment, urls);
        BaseAddress = ToBaseAddress(urls);
        output.OnLine = log;

        var startInfo = CommandRunner.CreateStartInfo(DotnetHost, [dllPath], environment);
        startInfo.WorkingDirectory = Path.GetDirectoryName(dllPath);
        process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {dllPath}.");
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
        janitorId = ProcessJanitor.Register(
            $"kill -9 $(cat /proc/{process.Id}/task/*/children 2>/dev/null) {process.Id} 2>/dev/null", inProcess: Kill);
        StartedInThisRun.Enqueue(this);
    }

    /// <summary>Every service process this test run started, killed ones included, with their output: for the leak scan after the run.</summary>
    public static IReadOnlyList<ServiceProcess> Started => [.. StartedInThisRun];

    public string ProjectName { get; }

    /// <summary>Where the service answers HTTP, ending in '/'.</summary>
    public Uri BaseAddress { get; }

    public int ProcessId => process.Id;

    public bool HasExited => process.HasExited;

    public int? ExitCode => process.HasExited ? process.ExitCode : null;

    /// <summary>Receives every output line as it arrives (e.g. xunit's ITestOutputHelper.WriteLine).</summary>
    public Action<string>? Log
    {
        get => output.OnLine;
        set => output.OnLine = value;
    }

    /// <summary>Snapshot of all stdout and stderr lines so far.</summary>
    public IReadOnlyList<string> Output => output.Snapshot();

    public string OutputText => output.Text;

    /// <summary>
    /// A folder holding each service as `dotnet publish` left it (&lt;folder&gt;/&lt;Project&gt;/), to run them as their images
    /// do (ReadyToRun) instead of from the build output; null (the default) for the build output.
    /// </summary>
    public static string? PublishedServices { get; set; }

    private static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    /// <summary>
    /// Starts services/<paramref name="projectName"/> with <paramref name="environment"/> added to this process's
    /// environment (a null value removes a variable). The environment is Production unless given;
    /// <paramref name="urls"/> defaults to http://127.0.0.1:&lt;free port&gt;.
    /// </summary>
    public static ServiceProcess Start(string projectName, IDictionary<string, string?> environment, string? urls = null,
        Action<string>? log = null) =>
        StartFrom("services", projectName, environment, urls, log);

    /// <summary>
    /// Like <see cref="Start"/> for a project under another folder of the repository, e.g. the load harness's peer in
    /// tests/ (<paramref name="folder"/> "tests").
    /// </summary>
    public static ServiceProcess StartFrom(string folder, string projectName, IDictionary<string, string?> environment, string? urls = null,
        Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var dll = PublishedServices is { } published
            ? Path.Combine(published, projectName, projectName + ".dll")
            : Path.Combine(RepositoryPaths.RepoRoot, folder, projectName, "bin", RepositoryPaths.Configuration, "net10.0", projectName + ".dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException(
                $"{dll} is missing: run `dotnet build -c {RepositoryPaths.Configuration}` on the solution first "
                + "(`dotnet test` builds only test projects and what they reference).", dll);
        }

        urls ??= $"http://127.0.0.1:{FreePort.Next()}";
        var env = new Dictionary<string, string?>(environment) { ["ASPNETCORE_URLS"] = urls };

        // One environment name for both variables, so an inherited ASPNETCORE_ENVIRONMENT cannot override ours.
        var environmentName = Given(environment, "ASPNETCORE_ENVIRONMENT") ?? Given(environment, "DOTNET_ENVIRONMENT") ?? "Production";
        env.TryAdd("ASPNETCORE_ENVIRONMENT", environmentName);
        env.TryAdd("DOTNET_ENVIRONMENT", environmentName);
        return new ServiceProcess(projectName, dll, env, urls, log);
    }

    /// <summary>Polls GET health/ready until it answers 200.</summary>
    public async Task WaitForHealthyAsync(TimeSpan timeout, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var last = "no answer yet";
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw Unhealthy($"exited with code {process.ExitCode} before it was healthy");
            }

            try
            {
                using var response = await Http.GetAsync(new Uri(BaseAddress, "health/ready"), ct).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                last = $"HTTP {(int)response.StatusCode}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                last = e.Message;
            }

            await Task.Delay(200, ct).ConfigureAwait(false);
        }

        throw Unhealthy($"was not healthy within {timeout.TotalSeconds:0} s (last: {last})");
    }

    /// <summary>GET health/ready as one line ("HTTP 503 {...}"), for the notes of a test that failed.</summary>
    public async Task<string> DescribeHealthAsync()
    {
        try
        {
            using var response = await Http.GetAsync(new Uri(BaseAddress, "health/ready")).ConfigureAwait(false);
            return $"HTTP {(int)response.StatusCode} {(await response.Content.ReadAsStringAsync().ConfigureAwait(false)).ReplaceLineEndings(" ")}";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return e.Message;
        }
    }

    /// <summary>SIGKILLs the service and anything it started, like a crash.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        ProcessJanitor.Unregister(janitorId);
    }

    /// <summary>Kills the service if it runs and starts it again with the same DLL, environment and URLs.</summary>
    public ServiceProcess Restart()
    {
        Kill();
        return new ServiceProcess(ProjectName, dllPath, environment, urls, Log);
    }

    public ValueTask DisposeAsync()
    {
        if (!disposed)
        {
            disposed = true;
            Kill();
            process.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private static string? Given(IDictionary<string, string?> environment, string name) =>
        environment.TryGetValue(name, out var value) ? value : null;

    private static Uri ToBaseAddress(string urls)
    {
        // Wildcard hosts are for binding; clients reach them on loopback.
        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
        var uri = new UriBuilder(first.Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://*", "://127.0.0.1", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "127.0.0.1";
        }

        uri.Path = uri.Path.TrimEnd('/') + "/";
        return uri.Uri;
    }

    private TimeoutException Unhealthy(string what) =>
        new($"{ProjectName} ({BaseAddress}) {what}.\n--- last 50 output lines ---\n{output.Tail(50)}");
}
