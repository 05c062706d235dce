using System.Text.Encodings.Web;
using Hub.Gateway.Errors;
using Microsoft.AspNetCore.Authentication;

namespace Hub.Gateway.Partners;

/// <summary>What every partner authentication scheme shares: 401 and 403 answered as Problem Details.</summary>
public abstract class PartnerAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>Tells the caller how to authenticate with this scheme.</summary>
    protected abstract string ChallengeDetail { get; }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        ProblemResponses.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Authentication required", ChallengeDetail);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ProblemResponses.WriteAsync(Context, StatusCodes.Status403Forbidden, "Not allowed for your role", "Your organisation's role does not permit this operation.");
}
