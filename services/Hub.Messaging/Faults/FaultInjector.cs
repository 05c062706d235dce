using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Messaging.Faults;

public sealed class FaultInjector(IOptions<FaultOptions> options, ILogger<FaultInjector> logger)
{
    /// <summary>Kills the process with SIGKILL at the configured point: no cleanup, no flush, as in a real crash.</summary>
    public void At(CrashPoint point)
    {
        if (point == CrashPoint.None || options.Value.CrashAt != point)
        {
            return;
        }
        logger.LogCritical("Fault injection: killing the process at {CrashPoint}", point);
        Process.GetCurrentProcess().Kill();
    }
}
