using Hub.Contracts.Signals;

namespace Hub.Signals.Policies;

/// <summary>The policy as partners and the gateway may read it: no contacts, nothing about residents.</summary>
internal static class PolicyDescriptions
{
    public static SignalPolicyDescription Describe(this SignalPolicy policy) => new()
    {
        Version = policy.Version,
        Categories = [.. policy.Categories.Values.OrderBy(c => c.Name, StringComparer.Ordinal).Select(category => new CategoryDescription
        {
            Category = category.Name,
            Fields = [.. category.Fields.Order(StringComparer.Ordinal)],
            RetentionDays = (int)category.Retention.TotalDays,
            MultiProblem = category.MultiProblem,
            Recipients = [.. category.Recipients.Select(rule => new RecipientDescription
            {
                Role = rule.Role,
                Organisation = rule.OrganisationId,
                Basis = rule.Basis,
                Purpose = rule.Purpose,
                Fields = [.. rule.Fields.Order(StringComparer.Ordinal)],
            })],
        })],
        ConsentRecorderRoles = [.. policy.ConsentRecorderRoles.Order(StringComparer.Ordinal)],
        SubjectAccessRoles = [.. policy.SubjectAccessRoles.Order(StringComparer.Ordinal)],
        OutcomeCodes = KnownTerms.Outcomes,
    };
}
