namespace Hub.Portal.Organisations;

/// <summary>The partner roles of the Hub (the gateway's), and which pages each one uses.</summary>
public static class PartnerRoles
{
    public const string Employer = "employer";
    public const string HousingCorporation = "housing-corporation";
    public const string School = "school";
    public const string Police = "police";
    public const string JobAgency = "job-agency";
    public const string Municipality = "municipality";

    public static readonly string[] VacancyOwners = [Employer, HousingCorporation];
    public static readonly string[] SeekerRegistrars = [JobAgency, School];
    public static readonly string[] SignalRaisers = [HousingCorporation, School, Police, JobAgency, Municipality];
}
