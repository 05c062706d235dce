using Hub.TestIdentityProvider;

namespace Hub.Operations.BrowserTests;

/// <summary>The municipal staff at the test identity provider, with the roles and areas their organisation gave them.</summary>
internal static class OidcUsers
{
    public const string AdminRole = "hub-console-admin";
    public const string OperatorRole = "hub-console-operator";

    /// <summary>Hub-wide administrator ("all" areas).</summary>
    public static readonly TestIdentityUser Admin = new("anna.admin", "anna-idp-password", "Anna Admin", [AdminRole, "mail-user"], ["all"]);
    /// <summary>Operator for Leeuwarden Oost only.</summary>
    public static readonly TestIdentityUser Operator = new("olaf.operator", "olaf-idp-password", "Olaf Operator", [OperatorRole], ["leeuwarden-oost"]);
    /// <summary>A colleague with an account but no console role.</summary>
    public static readonly TestIdentityUser NoConsoleRole = new("nora.nobody", "nora-idp-password", "Nora Nobody", ["mail-user"], ["leeuwarden-oost"]);

    public static readonly IReadOnlyList<TestIdentityUser> All = [Admin, Operator, NoConsoleRole];
}
