namespace Hub.Signals.Tests.Routing;

/// <summary>
/// The test's own account of the consents, kept beside the service's: what was recorded and revoked, in order.
/// It answers "which consents allow this delivery now" from the rules as the domain states them.
/// </summary>
public sealed class ConsentModel
{
    private readonly Dictionary<Guid, Entry> _consents = [];

    public void Record(Scenario.RecordConsent step, DateTime now)
    {
        // A repeated id, or one whose revocation arrived first, is not a new consent.
        _consents.TryAdd(Scenario.ConsentGuid(step.Id), new Entry(Scenario.Subjects[step.Subject], step.Categories, step.From, step.ToOrganisation, step.ToRole, step.Purpose,
            now.AddHours(step.StartsInHours), now.AddHours(step.StartsInHours + step.LastsHours), Revoked: false));
    }

    public void Revoke(Scenario.Revoke step)
    {
        var subject = Scenario.Subjects[step.Subject];
        foreach (var (id, consent) in _consents.Where(c => c.Value.Subject == subject && (step.Id is null || c.Key == Scenario.ConsentGuid(step.Id.Value))).ToList())
        {
            _consents[id] = consent with { Revoked = true };
        }
        if (step.Id is { } revoked && !_consents.ContainsKey(Scenario.ConsentGuid(revoked)))
        {
            _consents[Scenario.ConsentGuid(revoked)] = new Entry(subject, [], null, null, null, "", DateTime.MinValue, DateTime.MinValue, Revoked: true);
        }
    }

    public IReadOnlySet<Guid> Allowing(string subject, string category, string sender, (string Id, string Role) recipient, string purpose, DateTime now) =>
        _consents.Where(c => c.Value.Subject == subject && !c.Value.Revoked && c.Value.Categories.Contains(category)
                && (c.Value.Sender is null || c.Value.Sender == sender)
                && (c.Value.ToOrganisation == recipient.Id || c.Value.ToRole == recipient.Role)
                && c.Value.Purpose == purpose && c.Value.Start <= now && now < c.Value.Until)
            .Select(c => c.Key).ToHashSet();

    /// <summary>Consents revoked by now, whatever else.</summary>
    public IReadOnlySet<Guid> Revoked => _consents.Where(c => c.Value.Revoked).Select(c => c.Key).ToHashSet();

    private sealed record Entry(string Subject, string[] Categories, string? Sender, string? ToOrganisation, string? ToRole, string Purpose, DateTime Start, DateTime Until, bool Revoked);
}
