using FsCheck;
using FsCheck.Fluent;
using Hub.Signals.Policies;

namespace Hub.Signals.Tests.Routing;

/// <summary>FsCheck generators for <see cref="Scenario"/>; shrinking drops steps, so a failure comes down to a short history.</summary>
public static class ScenarioGenerators
{
    private static readonly string[] FieldPool = ["f-a", "f-b", "f-c", "f-d"];
    private static readonly string[] Bases = [KnownTerms.ConsentBasis, KnownTerms.ConsentBasis, "legal-a", "legal-b"];
    private static readonly string[] Purposes = ["p1", "p2"];
    private static readonly string[] Roles = [.. Scenario.Organisations.Select(o => o.Role).Distinct()];

    public static Arbitrary<Scenario> Scenarios() => Arb.From(
        from policy in Policy()
        from steps in Gen.ListOf(Step(policy)).Select(s => s.Take(30).ToList())
        select new Scenario(policy, steps),
        scenario => Enumerable.Range(0, scenario.Steps.Count).Select(i => scenario with { Steps = [.. scenario.Steps.Where((_, j) => j != i)] }));

    private static Gen<Scenario.PolicySpec> Policy() =>
        from names in NonEmpty(KnownTerms.Categories.Order().ToArray())
        from categories in Gen.CollectToArray(names.Take(3), Category)
        select new Scenario.PolicySpec(categories);

    private static Gen<Scenario.CategorySpec> Category(string name) =>
        from fields in NonEmpty(FieldPool)
        from retention in Gen.Choose(30, 400)
        from multiProblem in Gen.Elements(true, false)
        from rules in Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Rule(fields), n))
        select new Scenario.CategorySpec(name, fields, retention, multiProblem, rules);

    private static Gen<Scenario.RuleSpec> Rule(string[] fields) =>
        from byRole in Gen.Elements(true, false)
        from target in byRole ? Gen.Elements(Roles) : Gen.Elements(Scenario.Organisations.Select(o => o.Id).ToArray())
        from basis in Gen.Elements(Bases)
        from purpose in Gen.Elements(Purposes)
        from allowed in NonEmpty(fields)
        select new Scenario.RuleSpec(byRole, target, basis, purpose, allowed);

    private static Gen<Scenario.Step> Step(Scenario.PolicySpec policy)
    {
        var categories = policy.Categories.Select(c => c.Name).ToArray();
        var organisations = Scenario.Organisations.Select(o => o.Id).ToArray();
        var subject = Gen.Choose(0, Scenario.Subjects.Length - 1);
        // Most consents aim at a target some consent rule names, so deliveries, expiries and revocations all happen often.
        var ruleTargets = policy.Categories.SelectMany(c => c.Rules).Where(r => r.Basis == KnownTerms.ConsentBasis)
            .Select(r => r.ByRole ? (Organisation: (string?)null, Role: (string?)r.Target) : (r.Target, null)).ToArray();
        var anyTarget = Gen.Elements(true, false).SelectMany(byRole => byRole
            ? Gen.Elements(Roles).Select(role => ((string?)null, (string?)role))
            : Gen.Elements(organisations).Select(id => ((string?)id, (string?)null)));
        var target = ruleTargets.Length == 0 ? anyTarget : Gen.Frequency((3, Gen.Elements(ruleTargets)), (1, anyTarget));
        var consent =
            from id in Gen.Choose(1, 6)
            from who in subject
            from consented in NonEmpty(categories)
            from sender in Gen.Frequency((2, Gen.Constant<string?>(null)), (1, Gen.Elements(organisations).Select(o => (string?)o)))
            from to in target
            from purpose in Gen.Elements(Purposes)
            from startsIn in Gen.Choose(-48, 48)
            from lasts in Gen.Choose(1, 240)
            select (Scenario.Step)new Scenario.RecordConsent(id, who, consented, sender, to.Item1, to.Item2, purpose, startsIn, lasts);
        var revoke =
            from id in Gen.Choose(0, 6)
            from who in subject
            select (Scenario.Step)new Scenario.Revoke(id == 0 ? null : id, who);
        var raise =
            from who in subject
            from category in Gen.Elements(policy.Categories)
            from sender in Gen.Elements(organisations)
            from fields in Gen.SubListOf(category.Fields)
            from smuggled in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
            let details = smuggled ? fields.Append("f-unknown") : fields
            select (Scenario.Step)new Scenario.Raise(who, category.Name, sender, [.. details.Select(f => (f, $"value of {f}"))]);
        var wait = Gen.Choose(1, 96).Select(h => (Scenario.Step)new Scenario.Wait(h));
        return Gen.Frequency((4, consent), (2, revoke), (5, raise), (2, wait));
    }

    private static Gen<string[]> NonEmpty(string[] items) =>
        Gen.SubListOf(items).Where(l => l.Count > 0).Select(l => l.ToArray());
}
