using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Gateway.Partners;

/// <summary>
/// Authenticates a partner by a portal user token: a JWT the partner portal signs (HS256, <see cref="PortalTokenOptions"/>)
/// for each call it makes on behalf of a signed-in user, naming the organisation (<c>hub:partner-id</c>) and the user
/// (<c>sub</c>, a GUID). The partner is looked up in the registry, so role and areas come from there, never from the token.
/// </summary>
public sealed class PortalUserAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    PartnerRegistry partners,
    IOptions<PortalTokenOptions> tokens) : PartnerAuthenticationHandler(options, logger, encoder)
{
    public const string SchemeName = "PortalUser";
    public const string Issuer = "hub-portal";
    public const string Audience = "hub-gateway";
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    private static readonly JsonWebTokenHandler Tokens = new();
    private readonly TokenValidationParameters? _validation = ValidationFor(tokens.Value.KeyBytes());

    protected override string ChallengeDetail =>
        $"Send a valid portal user token as Authorization: Bearer, or a valid partner API key in the {ApiKeyAuthenticationHandler.Header} header.";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerToken(Request) is not { } token)
        {
            return AuthenticateResult.NoResult();
        }
        if (_validation is null)
        {
            return AuthenticateResult.Fail("This gateway accepts no portal user tokens (Hub:Gateway:PortalTokens:SigningKey is not set).");
        }
        var result = await Tokens.ValidateTokenAsync(token, _validation);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            // The library's first line says why (IDX10223: expired, IDX10517: signature ...); the rest lists what it tried.
            return AuthenticateResult.Fail($"The portal user token is not valid: {result.Exception?.Message.Split('\n')[0].TrimEnd()}");
        }
        if (Refusal(jwt) is { } refusal)
        {
            return AuthenticateResult.Fail(refusal);
        }
        var portalUser = Guid.Parse(jwt.Subject).ToString();
        var partner = jwt.TryGetPayloadValue<string>(PartnerClaims.PartnerId, out var partnerId) ? partners.FindById(partnerId) : null;
        if (partner is null)
        {
            return AuthenticateResult.Fail("The portal user token names no registered partner.");
        }
        var principal = partner.ToPrincipal(SchemeName);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(PartnerClaims.PortalUser, portalUser));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    /// <summary>Whether the request sends <c>Authorization: Bearer</c> (the scheme name in any case).</summary>
    public static bool SendsBearer(HttpRequest request) => BearerToken(request) is not null;

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > "Bearer ".Length
            ? header["Bearer ".Length..].Trim()
            : null;
    }

    /// <summary>What the library does not check: the issue time, the short lifetime, and a user id that is no personal data.</summary>
    private string? Refusal(JsonWebToken jwt)
    {
        if (jwt.IssuedAt == DateTime.MinValue)
        {
            return "The portal user token has no iat (issued at).";
        }
        if (jwt.IssuedAt > TimeProvider.GetUtcNow().UtcDateTime + ClockSkew)
        {
            return "The portal user token is issued in the future.";
        }
        if (jwt.ValidTo - jwt.IssuedAt > MaxLifetime)
        {
            return $"The portal user token lives longer than {MaxLifetime.TotalMinutes} minutes (exp - iat).";
        }
        return Guid.TryParse(jwt.Subject, out _) ? null : "The portal user token's sub is not a user id (a GUID).";
    }

    private static TokenValidationParameters? ValidationFor(byte[]? key) => key is null ? null : new TokenValidationParameters
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = new SymmetricSecurityKey(key),
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = ClockSkew,
    };
}
