using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Hub.Contracts.Matching;
using Hub.Gateway.Commands;
using Hub.Gateway.Vacancies;
using Microsoft.AspNetCore.Hosting;

namespace Hub.Gateway.Tests;

/// <summary>
/// The partner portal calls the API for a signed-in user with a short-lived token it signs (Hub:Gateway:PortalTokens):
/// the request acts as the token's partner, with the partner's role from the registry, and names the user in its logs.
/// </summary>
public sealed class Authenticating_portal_users(PortalGateway gateway) : IClassFixture<PortalGateway>
{
    private const string UnknownPartnerId = "00000009999999999000";
    private readonly GatewayApplication app = gateway.App;

    [Fact]
    public async Task A_valid_token_acts_as_its_partner()
    {
        var token = PortalTokens.Signed(PortalTokens.Claims(GatewayApplication.EmployerId, Guid.NewGuid()));

        var response = await app.CreateClient().Bearer(token).PostAsJsonAsync("/api/v1/vacancies", Posting_a_vacancy.ValidVacancy("Posted through the portal"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = (await response.Content.ReadFromJsonAsync<VacancyAccepted>())!;
        var published = app.Harness.Published.Select<VacancyPublished>(m => m.Context.Message.VacancyId == accepted.VacancyId).Single();
        Assert.Equal(GatewayApplication.EmployerId, published.Context.Message.EmployerId);
        // The same partner: its own system reads the command with its API key; another partner cannot.
        var byEmployer = await app.ClientFor(GatewayApplication.EmployerKey).GetFromJsonAsync<CommandStatus>(response.Headers.Location);
        Assert.Equal((accepted.CommandId, "pending"), (byEmployer!.CommandId, byEmployer.Status));
        Assert.Equal(HttpStatusCode.NotFound, (await app.ClientFor(GatewayApplication.HousingKey).GetAsync(response.Headers.Location)).StatusCode);
    }

    [Fact]
    public async Task Takes_the_role_from_the_registry_never_from_the_token()
    {
        var claims = PortalTokens.Claims(GatewayApplication.EmployerId, Guid.NewGuid());
        claims["role"] = "municipality";
        claims["http://schemas.microsoft.com/ws/2008/06/identity/claims/role"] = "municipality";
        claims["hub:area"] = GatewayApplication.MunicipalityArea;

        var asEmployer = await app.CreateClient().Bearer(PortalTokens.Signed(claims)).GetAsync("/api/v1/figures/areas");
        var asMunicipality = await app.CreateClient()
            .Bearer(PortalTokens.Signed(PortalTokens.Claims(GatewayApplication.MunicipalityId, Guid.NewGuid())))
            .GetAsync("/api/v1/figures/areas");

        Assert.Equal(HttpStatusCode.Forbidden, asEmployer.StatusCode);
        Assert.Equal("application/problem+json", asEmployer.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, asMunicipality.StatusCode);
    }

    public static TheoryData<string> RefusedTokens => [.. Refused.Keys];

    private static readonly Dictionary<string, Func<string>> Refused = new()
    {
        ["signed with another key"] = () => PortalTokens.Signed(Valid(), PortalTokens.OtherKey),
        ["expired"] = () => PortalTokens.Signed(PortalTokens.Claims(GatewayApplication.EmployerId, Guid.NewGuid(), DateTimeOffset.UtcNow.AddMinutes(-7))),
        ["living longer than 5 minutes, though unexpired"] = () =>
            PortalTokens.Signed(PortalTokens.Claims(GatewayApplication.EmployerId, Guid.NewGuid(), DateTimeOffset.UtcNow.AddMinutes(-1), TimeSpan.FromMinutes(6))),
        ["issued in the future"] = () => PortalTokens.Signed(PortalTokens.Claims(GatewayApplication.EmployerId, Guid.NewGuid(), DateTimeOffset.UtcNow.AddHours(1))),
        ["from another issuer"] = () => PortalTokens.Signed(Valid(with: ("iss", "someone-else"))),
        ["for another audience"] = () => PortalTokens.Signed(Valid(with: ("aud", "hub-operations"))),
        ["without hub:partner-id"] = () => PortalTokens.Signed(Valid(without: "hub:partner-id")),
        ["for an unknown partner"] = () => PortalTokens.Signed(Valid(with: ("hub:partner-id", UnknownPartnerId))),
        ["without exp"] = () => PortalTokens.Signed(Valid(without: "exp")),
        ["without iat"] = () => PortalTokens.Signed(Valid(without: "iat")),
        ["naming the user by e-mail"] = () => PortalTokens.Signed(Valid(with: ("sub", "j.jansen@example.nl"))),
        ["unsigned (alg: none)"] = () => PortalTokens.Unsigned(Valid()),
        ["unsigned (alg: none), signature kept"] = () => PortalTokens.Unsigned(Valid()) + PortalTokens.Signed(Valid()).Split('.')[2],
    };

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task Refuses_a_token_with_401_problem_details(string token)
    {
        var before = app.BusinessMessagesPublished.Count();

        var response = await app.CreateClient().Bearer(Refused[token]()).PostAsJsonAsync("/api/v1/vacancies", Posting_a_vacancy.ValidVacancy());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, app.BusinessMessagesPublished.Count());
    }

    [Fact]
    public async Task Lets_an_api_key_decide_when_both_are_sent()
    {
        var client = app.ClientFor("not-a-known-key").Bearer(PortalTokens.Signed(Valid()));

        var response = await client.PostAsJsonAsync("/api/v1/vacancies", Posting_a_vacancy.ValidVacancy());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_gateway_without_a_signing_key_refuses_every_token()
    {
        using var keyless = new GatewayApplication();

        var response = await keyless.CreateClient().Bearer(PortalTokens.Signed(Valid())).PostAsJsonAsync("/api/v1/vacancies", Posting_a_vacancy.ValidVacancy());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==")] // 31 bytes
    [InlineData("not base64 at all, though long enough for a key!")]
    public void A_short_or_malformed_signing_key_stops_the_start(string key)
    {
        using var misconfigured = new GatewayApplication { Settings = { ["Hub:Gateway:PortalTokens:SigningKey"] = key } };

        var failure = Assert.ThrowsAny<Exception>(() => misconfigured.CreateClient());

        Assert.Contains("Hub:Gateway:PortalTokens:SigningKey must be a base64 key of at least 32 bytes", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task May_act_for_a_partner_registered_with_client_certificates()
    {
        // Partners[0] in seeds/partners.json is the employer: with a certificate registered, its API key alone is refused.
        using var mutualTls = app.WithWebHostBuilder(web => web
            .UseSetting("Hub:Gateway:MutualTls:Enabled", "true")
            .UseSetting("Partners:0:ClientCertificateThumbprints:0", new string('a', 64)));

        var keyClient = mutualTls.CreateClient();
        keyClient.DefaultRequestHeaders.Add("X-Api-Key", GatewayApplication.EmployerKey);
        var byKey = await keyClient.PostAsJsonAsync("/api/v1/vacancies", Posting_a_vacancy.ValidVacancy());
        var byPortal = await mutualTls.CreateClient().Bearer(PortalTokens.Signed(Valid())).PostAsJsonAsync("/api/v1/vacancies", Posting_a_vacancy.ValidVacancy());

        Assert.Equal(HttpStatusCode.Unauthorized, byKey.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, byPortal.StatusCode);
    }

    [Fact]
    public async Task Names_the_portal_user_in_every_log_line_of_the_request()
    {
        var user = Guid.NewGuid();

        var response = await app.CreateClient().Bearer(PortalTokens.Signed(PortalTokens.Claims(GatewayApplication.EmployerId, user)))
            .PostAsJsonAsync("/api/v1/vacancies", Posting_a_vacancy.ValidVacancy("Logged for its user"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var scoped = app.Logs.Lines.Where(line => line.Contains($"PortalUser={user}", StringComparison.Ordinal)).ToArray();
        // From authorisation to the endpoint and the publish: the scope spans the request, not one log line.
        Assert.Contains(scoped, line => line.Contains("Microsoft.AspNetCore.Authorization", StringComparison.Ordinal));
        Assert.Contains(scoped, line => line.Contains("Executed endpoint", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tags_the_requests_trace_with_the_portal_user()
    {
        var user = Guid.NewGuid();
        var tagged = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("hub.portal_user") as string == user.ToString())
                {
                    lock (tagged) tagged.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        var response = await app.CreateClient().Bearer(PortalTokens.Signed(PortalTokens.Claims(GatewayApplication.EmployerId, user)))
            .GetAsync($"/api/v1/commands/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await Hub.Testing.Eventually.True(() => { lock (tagged) return tagged.Count == 1; }, "the request's activity carries the portal user");
    }

    private static Dictionary<string, object> Valid((string Claim, object Value)? with = null, string? without = null)
    {
        var claims = PortalTokens.Claims(GatewayApplication.EmployerId, Guid.NewGuid());
        if (with is { } replaced)
        {
            claims[replaced.Claim] = replaced.Value;
        }
        if (without is not null)
        {
            claims.Remove(without);
        }
        return claims;
    }
}
