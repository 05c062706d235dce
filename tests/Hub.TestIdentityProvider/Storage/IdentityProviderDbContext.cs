using Microsoft.EntityFrameworkCore;

namespace Hub.TestIdentityProvider.Storage;

/// <summary>OpenIddict's applications, authorizations, scopes and tokens; the entity sets come from <c>UseOpenIddict()</c>.</summary>
internal sealed class IdentityProviderDbContext(DbContextOptions<IdentityProviderDbContext> options) : DbContext(options);
