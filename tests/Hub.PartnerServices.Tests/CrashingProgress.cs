using System.Collections.Concurrent;
using Hub.PartnerIntegration.Import;
using Hub.PartnerIntegration.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hub.PartnerServices.Tests;

/// <summary>Records each committed batch; with <paramref name="crashAfterBatches"/> it throws right after that batch committed, like a process dying there.</summary>
internal sealed class CrashingProgress(int crashAfterBatches = int.MaxValue) : ImportProgress(NullLogger<ImportProgress>.Instance)
{
    public ConcurrentQueue<int> RowsDoneAfterEachBatch { get; } = new();

    public TaskCompletionSource Crashed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override void BatchCommitted(ImportRecord import)
    {
        RowsDoneAfterEachBatch.Enqueue(import.RowsDone);
        if (RowsDoneAfterEachBatch.Count == crashAfterBatches)
        {
            Crashed.TrySetResult();
            throw new InvalidOperationException("Simulated crash right after a committed batch.");
        }
    }
}
