namespace Hub.Signals.Tests;

/// <summary>The demo partners of seeds/partners.json and seeds/signal-policies.json.</summary>
internal static class Partners
{
    public const string Elkien = "00000001802327497000";
    public const string WoonFriesland = "00000001810220350000";
    public const string School = "00000001824476093000";
    public const string Police = "00000001003214345000";
    public const string JobAgency = "00000001821699180000";
    public const string Municipality = "00000001001608755000";
    public const string Area = "leeuwarden-oost";
}
