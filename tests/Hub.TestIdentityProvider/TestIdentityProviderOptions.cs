namespace Hub.TestIdentityProvider;

/// <summary>The one client application (the console) the <see cref="TestIdentityProvider"/> knows, and its users.</summary>
public sealed record TestIdentityProviderOptions
{
    public required string ClientId { get; init; }

    public required string ClientSecret { get; init; }

    /// <summary>Where codes may be sent, e.g. the console's <c>http://localhost:{port}/signin-oidc</c>; any other is refused.</summary>
    public required IReadOnlyList<Uri> RedirectUris { get; init; }

    /// <summary>Where the end-session endpoint may send the browser back to; any other is refused.</summary>
    public IReadOnlyList<Uri> PostLogoutRedirectUris { get; init; } = [];

    public required IReadOnlyList<TestIdentityUser> Users { get; init; }
}
