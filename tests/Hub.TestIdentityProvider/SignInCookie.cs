namespace Hub.TestIdentityProvider;

/// <summary>The provider's own session with the browser, apart from the tokens it issues to the client.</summary>
internal static class SignInCookie
{
    public const string Scheme = "Hub.TestIdentityProvider";

    // Cookies are shared by every port of a host, so the provider's must not be named like the console's on the same localhost.
    public const string Name = "hub-test-identity-provider";
}
