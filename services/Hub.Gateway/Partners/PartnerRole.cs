namespace Hub.Gateway.Partners;

/// <summary>Roles as they appear in configuration and in the role claim.</summary>
public static class PartnerRole
{
    public const string Employer = "employer";
    public const string HousingCorporation = "housing-corporation";
    public const string School = "school";
    public const string Police = "police";
    public const string JobAgency = "job-agency";
    public const string Municipality = "municipality";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Employer, HousingCorporation, School, Police, JobAgency, Municipality,
    };
}
