using System.Collections.Concurrent;

namespace Hub.SystemTests.Reliability;

/// <summary>What the partners were told was accepted (202), per kind of request, and how often they had to ask again.</summary>
internal sealed class AcceptedRequests
{
    public ConcurrentDictionary<Guid, string> Vacancies { get; } = new();          // id -> unique title
    public ConcurrentDictionary<string, byte> JobSeekers { get; } = new();        // subject pseudonym
    public ConcurrentDictionary<Guid, byte> Consents { get; } = new();            // consent id
    public ConcurrentDictionary<Guid, byte> Signals { get; } = new();             // signal id (rent arrears: one delivery to the debt team each)

    private readonly ConcurrentQueue<DateTime> _acceptedAt = new();
    private int _refusals;

    /// <summary>Answers other than 202 (503, 409 in progress, 429, no answer while a gateway was down) that the partner retried with the same key.</summary>
    public int Refusals => _refusals;

    public int Total => Vacancies.Count + JobSeekers.Count + Consents.Count + Signals.Count;

    public void CountRefusal() => Interlocked.Increment(ref _refusals);

    /// <summary>Notes when a 202 arrived.</summary>
    public void CountAcceptance() => _acceptedAt.Enqueue(DateTime.UtcNow);

    /// <summary>How many 202s arrived between <paramref name="from"/> and <paramref name="to"/> (UTC).</summary>
    public int AcceptedBetween(DateTime from, DateTime to) => _acceptedAt.Count(at => at >= from && at <= to);
}
