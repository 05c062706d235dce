using System.Security.Claims;
using Hub.Portal.Access;
using Hub.Portal.Calls;
using Hub.Portal.Organisations;
using Hub.Portal.Pages.Account;
using Hub.Portal.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Portal.Tests;

/// <summary>What the portal puts on each gateway call, and where its forms may send a user afterwards.</summary>
public sealed class Signing_calls_for_a_user
{
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public async Task Each_call_carries_a_short_token_naming_the_user_and_organisation_and_nothing_personal()
    {
        var user = new PortalUser { Id = Guid.NewGuid(), Email = "femke@oost.example", Name = "Femke Dijkstra", OrganisationId = "00000001820029336000", SecurityStamp = Guid.NewGuid() };
        var http = new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = PortalClaims.PrincipalFor(user, new Organisation { Id = user.OrganisationId, Name = "Oost", Role = "employer" }, "password") } };
        var credentials = new PortalUserCredentials(http, Options.Create(new PortalOptions { TokenKey = Convert.ToBase64String(Key) }), TimeProvider.System);
        var request = new HttpRequestMessage(HttpMethod.Post, "https://gateway.example/api/v1/vacancies");

        await credentials.ApplyAsync(request, default);

        Assert.Equal("Bearer", request.Headers.Authorization!.Scheme);
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(request.Headers.Authorization.Parameter, new TokenValidationParameters
        {
            ValidIssuer = "hub-portal",
            ValidAudience = "hub-gateway",
            IssuerSigningKey = new SymmetricSecurityKey(Key),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        var token = (JsonWebToken)result.SecurityToken;
        Assert.Equal(user.Id.ToString(), token.Subject);
        Assert.Equal(user.OrganisationId, token.GetClaim("hub:partner-id").Value);
        Assert.InRange(token.ValidTo - token.IssuedAt, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5));
        Assert.DoesNotContain("femke", request.Headers.Authorization.Parameter, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(token.Claims, c => c.Value.Contains("Femke", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_signed_in_user_there_is_no_call()
    {
        var credentials = new PortalUserCredentials(new HttpContextAccessor { HttpContext = new DefaultHttpContext() },
            Options.Create(new PortalOptions { TokenKey = Convert.ToBase64String(Key) }), TimeProvider.System);

        await Assert.ThrowsAsync<InvalidOperationException>(() => credentials.ApplyAsync(new HttpRequestMessage(), default).AsTask());
    }

    [Theory]
    [InlineData("/portal/vacancies/3f2c", "/portal/vacancies/3f2c")]
    [InlineData("/portal/inbox?IncludeAcknowledged=true", "/portal/inbox?IncludeAcknowledged=true")]
    [InlineData("https://evil.example/portal/", "/portal/")]
    [InlineData("//evil.example/portal/", "/portal/")]
    [InlineData("/portal/\\evil.example", "/portal/")]
    [InlineData("/ops/", "/portal/")]
    [InlineData(null, "/portal/")]
    public void A_return_address_stays_inside_the_portal(string? asked, string expected) =>
        Assert.Equal(expected, SignInModel.SafeReturn(asked));

    [Theory]
    [InlineData("Form", "closingDate", "Form.ClosingDate")]
    [InlineData("", "contact.name", "Contact.Name")]
    [InlineData("Consent", "categories[1]", "Consent.Categories")]
    [InlineData("Form", "", "")]
    public void The_gateways_field_lands_on_the_forms_field(string prefix, string field, string expected) =>
        Assert.Equal(expected, PortalPage.FieldKey(prefix, field));
}
