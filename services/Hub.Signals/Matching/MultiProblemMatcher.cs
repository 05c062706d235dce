using System.Text.Json;
using Hub.Messaging.Outbox;
using Hub.Signals.Routing;

namespace Hub.Signals.Matching;

/// <summary>
/// The youth risk index's idea for every participating category: when partners of at least the policy's number
/// signal about the same resident (or household) within the window, the area coordinator and each involved partner
/// learn who else is involved and how to reach them. Nobody learns another partner's category or details.
/// A case is told again only when a new organisation joins it.
/// </summary>
public sealed class MultiProblemMatcher(
    SignalsDb db,
    Outbox<SignalsDb> outbox,
    SignalPolicy policy,
    RecipientPseudonyms pseudonyms,
    DisclosureLog log,
    TimeProvider clock,
    ILogger<MultiProblemMatcher> logger)
{
    public async Task Match(RaisedSignal signal, CancellationToken cancellationToken)
    {
        var rule = policy.MultiProblem;
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - rule.Window;
        var (subject, household) = (signal.SubjectPseudonym!, signal.HouseholdPseudonym);
        var related = await db.Signals.AsNoTracking()
            .Where(s => s.State == SignalState.Routed && s.MultiProblem && s.ReceivedAt >= since
                && (s.SubjectPseudonym == subject || (household != null && s.HouseholdPseudonym == household)))
            .ToListAsync(cancellationToken);
        var involved = related.Select(s => s.RaisedBy).Distinct().Order(StringComparer.Ordinal).ToList();
        if (involved.Count < rule.MinimumOrganisations)
        {
            return;
        }
        var matchKey = household is null ? $"subject:{subject}" : $"household:{household}";
        var @case = await db.Cases.Where(c => c.MatchKey == matchKey && c.ExpiresAt > now).OrderByDescending(c => c.UpdatedAt).FirstOrDefaultAsync(cancellationToken);
        if (@case is null)
        {
            @case = new MultiProblemCase { Id = Guid.CreateVersion7(), MatchKey = matchKey, OpenedAt = now };
            db.Cases.Add(@case);
        }
        (@case.UpdatedAt, @case.ExpiresAt) = (now, now + rule.Retention);
        if (involved.All(@case.Organisations.Contains))
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }
        @case.Organisations = involved;

        var coordinators = policy.CoordinatorsFor(related.SelectMany(s => s.Areas).ToHashSet(StringComparer.Ordinal)).Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var recipient in coordinators.Concat(involved.Where(o => !coordinators.Contains(o))))
        {
            var asCoordinator = coordinators.Contains(recipient);
            // The coordinator learns every resident of the case; a partner only those it signalled about itself.
            var subjects = related.Where(s => asCoordinator || s.RaisedBy == recipient).Select(s => s.SubjectPseudonym!).Distinct().Order(StringComparer.Ordinal).ToList();
            await Notify(@case, recipient, asCoordinator, subjects, coordinators.Union(involved).Where(o => o != recipient), now, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Multi-problem case {CaseId}: {Organisations} organisations involved, {Coordinators} coordinators told",
            @case.Id, involved.Count, coordinators.Count);
    }

    private async Task Notify(MultiProblemCase @case, string recipient, bool asCoordinator, List<string> subjects, IEnumerable<string> others, DateTime now, CancellationToken cancellationToken)
    {
        var recipientPseudonyms = new List<string>();
        foreach (var subject in subjects)
        {
            recipientPseudonyms.Add(await pseudonyms.For(recipient, subject, cancellationToken));
        }
        var message = new MultiProblemDetected
        {
            CaseId = @case.Id,
            NotificationId = Guid.CreateVersion7(),
            RecipientOrganisation = recipient,
            AsCoordinator = asCoordinator,
            RecipientPseudonyms = recipientPseudonyms,
            OthersInvolved = [.. others.Select(ToPartner)],
            DetectedAt = now,
            ExpiresAt = @case.ExpiresAt,
        };
        outbox.Publish(message);
        db.CaseNotifications.Add(new CaseNotification
        {
            Id = message.NotificationId,
            CaseId = @case.Id,
            RecipientOrganisation = recipient,
            Body = JsonSerializer.Serialize(message, JsonSerializerOptions.Web),
            NotifiedAt = now,
            ExpiresAt = @case.ExpiresAt,
        });
        foreach (var subject in subjects)
        {
            log.Record(new DisclosureEntry
            {
                Decision = DisclosureDecision.Notified,
                SubjectPseudonym = subject,
                RecipientOrganisation = recipient,
                Category = KnownTerms.MultiProblemCategory,
                Basis = policy.MultiProblem.Basis,
                CaseId = @case.Id,
                PolicyVersion = policy.Version,
            });
        }
    }

    private InvolvedPartner ToPartner(string organisationId) =>
        policy.Organisations.TryGetValue(organisationId, out var organisation)
            ? new InvolvedPartner { OrganisationId = organisation.Id, Name = organisation.Name, Role = organisation.Role, Contact = organisation.Contact, IsCoordinator = organisation.Role == policy.MultiProblem.CoordinatorRole }
            : new InvolvedPartner { OrganisationId = organisationId, Name = organisationId, Role = "unknown", Contact = "through the area coordinator", IsCoordinator = false };
}
