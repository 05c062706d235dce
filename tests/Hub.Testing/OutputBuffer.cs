namespace Hub.Testing;

/// <summary>Thread-safe store of a child process's output lines, fed from its output events.</summary>
internal sealed class OutputBuffer
{
    private readonly List<string> lines = [];
    private readonly Lock gate = new();

    /// <summary>Called for each line after it is stored; exceptions from it are swallowed, since
    /// an exception on the process's reader thread would crash the test host.</summary>
    public Action<string>? OnLine { get; set; }

    public void Add(string? line)
    {
        if (line is null)
        {
            return; // end of stream
        }

        lock (gate)
        {
            lines.Add(line);
        }

        try
        {
            OnLine?.Invoke(line);
        }
#pragma warning disable CA1031 // e.g. xunit's output helper throws once its test has ended
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    public IReadOnlyList<string> Snapshot()
    {
        lock (gate)
        {
            return [.. lines];
        }
    }

    public string Text => string.Join('\n', Snapshot());

    public string Tail(int count)
    {
        var all = Snapshot();
        return string.Join('\n', all.Skip(Math.Max(0, all.Count - count)));
    }
}
