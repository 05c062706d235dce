using FsCheck.Xunit;
using Hub.Contracts.Signals;
using Hub.Signals.Policies;
using Hub.Signals.Storage;

namespace Hub.Signals.Tests.Routing;

/// <summary>
/// Random policies, consents, revocations, expiries and signals, run through the real router and consent registry
/// on SQLite and checked against the test's own consent model after every signal.
/// </summary>
public sealed class Routing_under_random_consents_and_policies
{
    private static readonly string[] WithholdReasons = ["no-consent", "consent-revoked", "consent-expired", "consent-not-yet-valid"];

    [Property(MaxTest = 200, Arbitrary = [typeof(ScenarioGenerators)])]
    public void Delivers_exactly_where_a_basis_exists_only_the_allowed_fields_and_nothing_after_a_revocation(Scenario scenario) =>
        Task.Run(() => Check(scenario)).GetAwaiter().GetResult();

    private static async Task Check(Scenario scenario)
    {
        var policy = SignalPolicy.Parse(PolicyJson.For(scenario.Policy));
        using var world = new RouterWorld(policy);
        var model = new ConsentModel();
        foreach (var step in scenario.Steps)
        {
            var now = world.Clock.GetUtcNow().UtcDateTime;
            switch (step)
            {
                case Scenario.RecordConsent consent:
                    await world.Record(ToMessage(consent, now));
                    model.Record(consent, now);
                    break;
                case Scenario.Revoke revoke:
                    await world.Revoke(new ConsentRevoked { ConsentId = revoke.Id is { } id ? Scenario.ConsentGuid(id) : null, SubjectPseudonym = Scenario.Subjects[revoke.Subject], RevokedBy = Scenario.Organisations[4].Id, RevokedByRole = "municipality", RevokedAt = now });
                    model.Revoke(revoke);
                    break;
                case Scenario.Raise raise:
                    await CheckRouting(world, model, scenario.Policy, raise, now);
                    break;
                case Scenario.Wait wait:
                    world.Clock.Now += TimeSpan.FromHours(wait.Hours);
                    break;
            }
        }
    }

    private static async Task CheckRouting(RouterWorld world, ConsentModel model, Scenario.PolicySpec spec, Scenario.Raise raise, DateTime now)
    {
        var signal = new SignalRaised
        {
            SignalId = Guid.NewGuid(), Category = raise.Category, SubjectPseudonym = Scenario.Subjects[raise.Subject],
            Details = raise.Details.ToDictionary(d => d.Field, d => d.Value), OccurredOn = DateOnly.FromDateTime(now),
            RaisedBy = raise.Sender, RaisedByRole = Scenario.Organisations.Single(o => o.Id == raise.Sender).Role, AreaId = "area-1", RaisedAt = now,
        };
        await world.Route(signal);
        var (deliveries, decisions, messages) = await world.Outcome(signal.SignalId);
        var category = spec.Categories.Single(c => c.Name == raise.Category);
        if (raise.Details.Any(d => !category.Fields.Contains(d.Field)))
        {
            Assert.Empty(deliveries);
            Assert.Empty(decisions);
            return;
        }

        // The candidates as the policy states them: every other organisation, with the first rule that names it or its role.
        var candidates = Scenario.Organisations.Where(o => o.Id != raise.Sender)
            .Select(o => (Organisation: o, Rule: category.Rules.FirstOrDefault(r => r.ByRole ? r.Target == o.Role : r.Target == o.Id)))
            .Where(c => c.Rule is not null).ToList();
        var withBasis = candidates.Where(c => c.Rule!.Basis != KnownTerms.ConsentBasis
            || model.Allowing(signal.SubjectPseudonym, raise.Category, raise.Sender, c.Organisation, c.Rule.Purpose, now).Count > 0).ToList();

        // No basis, no delivery; and every recipient with a basis does get it (withholding is not a safe default to hide behind).
        Assert.Equal(withBasis.Select(c => c.Organisation.Id).Order(), deliveries.Select(d => d.RecipientOrganisation).Order());
        foreach (var delivery in deliveries)
        {
            var (organisation, rule) = candidates.Single(c => c.Organisation.Id == delivery.RecipientOrganisation);
            Assert.Equal(rule!.Basis, delivery.Basis);
            if (rule.Basis == KnownTerms.ConsentBasis)
            {
                // Named consent in force now: recorded, covering, within its validity, not revoked.
                Assert.Contains(delivery.ConsentId!.Value, model.Allowing(signal.SubjectPseudonym, raise.Category, raise.Sender, organisation, rule.Purpose, now));
                Assert.DoesNotContain(delivery.ConsentId.Value, model.Revoked);
            }
            Assert.Subset(rule.Fields.ToHashSet(), delivery.Details.Keys.ToHashSet());
            Assert.All(delivery.Details, d => Assert.Equal(signal.Details[d.Key], d.Value));
        }
        Assert.All(messages, m => Assert.Subset(candidates.Single(c => c.Organisation.Id == m.RecipientOrganisation).Rule!.Fields.ToHashSet(), m.Details.Keys.ToHashSet()));
        Assert.Equal(deliveries.Count, messages.Count);

        // Every decision is logged: one entry per candidate, delivered or withheld with a reason.
        Assert.Equal(candidates.Count, decisions.Count);
        Assert.All(decisions.Where(d => d.Decision == DisclosureDecision.Withheld), d => Assert.Contains(d.Reason, WithholdReasons));
    }

    private static ConsentRecorded ToMessage(Scenario.RecordConsent consent, DateTime now) => new()
    {
        ConsentId = Scenario.ConsentGuid(consent.Id), SubjectPseudonym = Scenario.Subjects[consent.Subject], Categories = consent.Categories,
        FromOrganisation = consent.From, ToOrganisation = consent.ToOrganisation, ToRole = consent.ToRole, Purpose = consent.Purpose,
        ValidFrom = now.AddHours(consent.StartsInHours), ValidUntil = now.AddHours(consent.StartsInHours + consent.LastsHours),
        RecordedBy = Scenario.Organisations[4].Id, RecordedByRole = "municipality", RecordedAt = now,
    };
}
