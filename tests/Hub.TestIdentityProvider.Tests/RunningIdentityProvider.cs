namespace Hub.TestIdentityProvider.Tests;

/// <summary>A started provider with the console registered as it will be in the console's tests, and two users.</summary>
public sealed class RunningIdentityProvider : IAsyncLifetime
{
    public const string ClientId = "hub-operations-console";
    public const string ClientSecret = "console-secret-for-tests";

    // The console's callbacks (its OpenIdConnect handler's CallbackPath and SignedOutCallbackPath under /ops); nothing
    // listens there in these tests, which stop at the redirect.
    public static readonly Uri RedirectUri = new("http://localhost:5090/ops/signin-oidc");
    public static readonly Uri PostLogoutRedirectUri = new("http://localhost:5090/ops/signout-callback-oidc");

    public static readonly TestIdentityUser Operator = new(
        "jan.operator", "correct horse battery staple", "Jan de Operator", ["hub-operators", "hub-viewers"], ["friesland", "groningen"]);

    public static readonly TestIdentityUser Viewer = new(
        "els.viewer", "another password", "Els Kijker", ["hub-viewers"], ["drenthe"]);

    public TestIdentityProvider Provider { get; private set; } = null!;

    public async Task InitializeAsync() => Provider = await TestIdentityProvider.StartAsync(new TestIdentityProviderOptions
    {
        ClientId = ClientId,
        ClientSecret = ClientSecret,
        RedirectUris = [RedirectUri],
        PostLogoutRedirectUris = [PostLogoutRedirectUri],
        Users = [Operator, Viewer],
    });

    public async Task DisposeAsync() => await Provider.DisposeAsync();
}
