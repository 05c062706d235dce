using System.Diagnostics;
using System.Globalization;

namespace Hub.LoadTests.Measuring;

/// <summary>
/// CPU time and resident memory of one process (and, for PostgreSQL, the backends it forked) from /proc,
/// so the harness needs no agent inside the services.
/// </summary>
internal sealed class ProcessMeter(string name, Func<int?> processId, bool includeChildren = false)
{
    private static readonly Lazy<double> TicksPerSecond = new(ReadTicksPerSecond);

    public string Name { get; } = name;

    /// <summary>User plus system CPU seconds so far (children: running ones, plus those the parent reaped).</summary>
    public double CpuSeconds()
    {
        if (processId() is not int pid)
        {
            return double.NaN;
        }
        var ticks = Ticks(pid, withReaped: includeChildren);
        if (includeChildren)
        {
            ticks += ChildrenOf(pid).Sum(child => Ticks(child, withReaped: false));
        }
        return ticks / TicksPerSecond.Value;
    }

    /// <summary>Resident set size in MB (children included when measured with them).</summary>
    public double RssMegabytes()
    {
        if (processId() is not int pid)
        {
            return double.NaN;
        }
        var kilobytes = RssKilobytes(pid) + (includeChildren ? ChildrenOf(pid).Sum(RssKilobytes) : 0);
        return kilobytes / 1024.0;
    }

    private static long Ticks(int pid, bool withReaped)
    {
        var fields = StatFields(pid);
        if (fields is null)
        {
            return 0;
        }
        // After "(comm) ": index 0 is field 3 (state); utime is field 14, stime 15, cutime 16, cstime 17.
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return withReaped ? ticks + long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture) : ticks;
    }

    private static string[]? StatFields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null; // gone meanwhile
        }
    }

    private static long RssKilobytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static IEnumerable<int> ChildrenOf(int parent) =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && StatFields(pid) is { } f && f[1] == parent.ToString(CultureInfo.InvariantCulture))
            .ToList();

    private static double ReadTicksPerSecond()
    {
        using var getconf = Process.Start(new ProcessStartInfo("getconf", "CLK_TCK") { RedirectStandardOutput = true })!;
        var output = getconf.StandardOutput.ReadToEnd();
        getconf.WaitForExit();
        return double.TryParse(output.Trim(), CultureInfo.InvariantCulture, out var ticks) ? ticks : 100;
    }
}
