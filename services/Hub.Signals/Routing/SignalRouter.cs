using Hub.Contracts.Commands;
using Hub.Signals.Matching;

namespace Hub.Signals.Routing;

/// <summary>
/// Decides, for each candidate recipient of a signal, deliver or withhold. No basis, no delivery: a recipient
/// gets a signal only on the policy's legal basis or on a consent in force at this moment, read from the database
/// in this transaction. A delivery carries only the recipient's allowed fields under its own pseudonym; every
/// decision is logged. Runs inside the inbox transaction, so decisions, log and messages commit together.
/// </summary>
public sealed class SignalRouter(
    SignalsDb db,
    SignalPolicy policy,
    DecisionWriter decisions,
    MultiProblemMatcher matcher,
    TimeProvider clock,
    ILogger<SignalRouter> logger)
{
    /// <summary>A rejected signal is kept this long (without its subject) so the sender can read why.</summary>
    public static readonly TimeSpan RejectedRetention = TimeSpan.FromDays(30);

    public async Task<CommandDecision> Route(SignalRaised signal, CancellationToken cancellationToken)
    {
        if (await db.Signals.AnyAsync(s => s.Id == signal.SignalId, cancellationToken))
        {
            logger.LogInformation("Signal {SignalId} was already routed; repeat ignored", signal.SignalId);
            return CommandDecision.Applied;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (SignalValidation.ProblemWith(signal, policy) is { } problem)
        {
            Reject(signal, problem, now);
            await db.SaveChangesAsync(cancellationToken);
            return CommandDecision.Refused(CommandReasons.Invalid, problem);
        }
        await SubjectLock.Acquire(db, [signal.SubjectPseudonym, signal.HouseholdPseudonym], cancellationToken);
        var category = policy.Categories[signal.Category];
        var areas = policy.AreasOf(signal.AreaId, signal.RaisedBy);
        var stored = Store(signal, category, areas, now);
        // Read in this transaction, never from a cache: a revocation committed before this line counts.
        var consents = await db.Consents.AsNoTracking().Where(c => c.SubjectPseudonym == signal.SubjectPseudonym).ToListAsync(cancellationToken);

        var delivered = 0;
        var candidates = policy.CandidatesFor(category, signal.RaisedBy, areas);
        foreach (var (recipient, rule) in candidates)
        {
            var check = rule.NeedsConsent
                ? ConsentRules.Check(consents, category.Name, signal.RaisedBy, recipient, rule.Purpose, now)
                : new ConsentCheck(null, null);
            if (rule.NeedsConsent && !check.Allows)
            {
                decisions.Withhold(signal, recipient, check.Reason!, now);
                continue;
            }
            await decisions.Deliver(signal, stored, recipient, rule, check.ConsentId, cancellationToken);
            delivered++;
        }
        await db.SaveChangesAsync(cancellationToken);
        if (category.MultiProblem)
        {
            await matcher.Match(stored, cancellationToken);
        }
        logger.LogInformation("Signal {SignalId} ({Category}) routed under policy {PolicyVersion}: {Delivered} delivered, {Withheld} withheld",
            signal.SignalId, category.Name, policy.Version, delivered, candidates.Count - delivered);
        return CommandDecision.Applied;
    }

    private RaisedSignal Store(SignalRaised signal, CategoryPolicy category, IReadOnlySet<string> areas, DateTime now)
    {
        var stored = new RaisedSignal
        {
            Id = signal.SignalId,
            Category = category.Name,
            SubjectPseudonym = signal.SubjectPseudonym,
            HouseholdPseudonym = signal.HouseholdPseudonym,
            RaisedBy = signal.RaisedBy,
            Areas = [.. areas],
            MultiProblem = category.MultiProblem,
            OccurredOn = signal.OccurredOn,
            RaisedAt = signal.RaisedAt,
            ReceivedAt = now,
            ExpiresAt = now + category.Retention,
            State = SignalState.Routed,
            PolicyVersion = policy.Version,
        };
        db.Signals.Add(stored);
        return stored;
    }

    private void Reject(SignalRaised signal, string problem, DateTime now)
    {
        db.Signals.Add(new RaisedSignal
        {
            Id = signal.SignalId,
            Category = policy.Categories.ContainsKey(signal.Category) ? signal.Category : "unknown",
            RaisedBy = signal.RaisedBy,
            RaisedAt = signal.RaisedAt,
            ReceivedAt = now,
            ExpiresAt = now + RejectedRetention,
            State = SignalState.Rejected,
            RejectionReason = problem,
            PolicyVersion = policy.Version,
        });
        logger.LogWarning("Signal {SignalId} rejected: {Problem}", signal.SignalId, problem);
    }
}
