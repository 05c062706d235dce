namespace Hub.TestIdentityProvider;

/// <summary>A person who can sign in at the <see cref="TestIdentityProvider"/>, with the roles and areas their tokens carry.</summary>
/// <param name="UserName">Typed into the sign-in form; also the token's <c>sub</c> and <c>preferred_username</c>.</param>
/// <param name="Password">Checked by the sign-in form; plain text, as the provider is for tests only.</param>
/// <param name="DisplayName">The token's <c>name</c>.</param>
/// <param name="Roles">One <c>roles</c> claim each.</param>
/// <param name="Areas">One <c>hub_areas</c> claim each.</param>
public sealed record TestIdentityUser(
    string UserName,
    string Password,
    string DisplayName,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Areas);
