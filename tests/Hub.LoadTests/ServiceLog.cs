namespace Hub.LoadTests;

/// <summary>The services' console output goes to a file beside the results, not between the progress bars.</summary>
internal sealed class ServiceLog(string path) : IDisposable
{
    private readonly StreamWriter _writer = new(path, append: true) { AutoFlush = false };
    private readonly Lock _gate = new();

    public string Path { get; } = path;

    public void WriteLine(string message)
    {
        lock (_gate)
        {
            _writer.WriteLine(message);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _writer.Dispose();
        }
    }
}
