using System.Net.Http.Headers;
using System.Security.Claims;
using Hub.Client;
using Hub.Portal.Access;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Portal.Calls;

/// <summary>
/// Signs each gateway call as the signed-in user of the current request: a two-minute token naming the user and their
/// organisation (docs/security.md, Portal user tokens). The gateway takes the role and areas from its own registry.
/// </summary>
internal sealed class PortalUserCredentials(IHttpContextAccessor http, IOptions<PortalOptions> options, TimeProvider clock) : IHubCallerCredentials
{
    public const string Issuer = "hub-portal";
    public const string Audience = "hub-gateway";
    public const string PartnerClaim = "hub:partner-id";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);
    private static readonly JsonWebTokenHandler Tokens = new();

    private readonly SigningCredentials _signing = new(new SymmetricSecurityKey(Convert.FromBase64String(options.Value.TokenKey)), SecurityAlgorithms.HmacSha256);

    public ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var user = http.HttpContext?.User is { Identity.IsAuthenticated: true } principal && principal.HasClaim(c => c.Type == PortalClaims.Organisation)
            ? principal
            : throw new InvalidOperationException("A gateway call from the portal needs a signed-in portal user.");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(user));
        return ValueTask.CompletedTask;
    }

    private string TokenFor(ClaimsPrincipal user)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return Tokens.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            // The user's id only: the token carries no name or e-mail.
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = user.UserIdOf().ToString(),
                [PartnerClaim] = user.OrganisationOf(),
            },
            SigningCredentials = _signing,
        });
    }
}
