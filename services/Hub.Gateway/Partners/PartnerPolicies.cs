using Microsoft.AspNetCore.Authorization;

namespace Hub.Gateway.Partners;

/// <summary>What each role may do: one policy per capability, named after it, so endpoints state intent rather than roles.</summary>
public static class PartnerPolicies
{
    /// <summary>Publish, read and withdraw own vacancies, read their proposals, report placements.</summary>
    public const string VacancyOwner = "vacancy-owner";
    /// <summary>Every partner, whatever its role (reading its own commands).</summary>
    public const string AnyPartner = "any-partner";
    /// <summary>Register and withdraw job seekers and read their proposals.</summary>
    public const string JobAgency = "job-agency";
    /// <summary>Register and withdraw students looking for a BBL place or first job, and read their proposals.</summary>
    public const string School = "school";
    /// <summary>Answer proposals on behalf of the job seeker or student they registered.</summary>
    public const string ProposalAnswerer = "proposal-answerer";
    /// <summary>Read programme figures for the partner's own areas.</summary>
    public const string AreaFigures = "area-figures";
    /// <summary>Raise signals about residents and read the status of one's own signals.</summary>
    public const string SignalRaiser = "signal-raiser";
    /// <summary>Pull, acknowledge and close the signals and multi-problem notices delivered to the partner itself.</summary>
    public const string SignalRecipient = "signal-recipient";
    /// <summary>Record and revoke residents' consents to share signals (the municipal district team).</summary>
    public const string ConsentRecorder = "consent-recorder";
    /// <summary>Look up, for a resident, who received which signals on which basis.</summary>
    public const string SubjectAccess = "subject-access";

    public static AuthorizationBuilder AddPartnerPolicies(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(AnyPartner, policy => policy.RequireRole(PartnerRole.All))
        .AddPolicy(VacancyOwner, policy => policy.RequireRole(PartnerRole.Employer, PartnerRole.HousingCorporation))
        .AddPolicy(JobAgency, policy => policy.RequireRole(PartnerRole.JobAgency))
        .AddPolicy(School, policy => policy.RequireRole(PartnerRole.School))
        .AddPolicy(ProposalAnswerer, policy => policy.RequireRole(PartnerRole.JobAgency, PartnerRole.School))
        .AddPolicy(AreaFigures, policy => policy.RequireRole(PartnerRole.Municipality))
        .AddPolicy(SignalRaiser, policy => policy.RequireRole(
            PartnerRole.HousingCorporation, PartnerRole.School, PartnerRole.Police, PartnerRole.JobAgency, PartnerRole.Municipality))
        .AddPolicy(SignalRecipient, policy => policy.RequireRole(PartnerRole.All))
        .AddPolicy(ConsentRecorder, policy => policy.RequireRole(PartnerRole.Municipality))
        .AddPolicy(SubjectAccess, policy => policy.RequireRole(PartnerRole.Municipality));
}
