using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Hub.TestIdentityProvider.Tests;

public sealed class Signing_in_through_the_test_identity_provider(RunningIdentityProvider running)
    : IClassFixture<RunningIdentityProvider>
{
    private static readonly TestIdentityUser User = RunningIdentityProvider.Operator;

    [Fact]
    public async Task Issues_an_id_token_with_the_users_roles_and_areas()
    {
        using var browser = new HttpBrowser(running.Provider.Authority);
        var client = new CodeFlowClient(running.Provider.Authority);

        using var callback = await client.SignInAsync(browser, User.UserName, User.Password);

        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal(RunningIdentityProvider.RedirectUri.AbsoluteUri, callback.Headers.Location!.GetLeftPart(UriPartial.Path));
        Assert.Equal(client.State, CodeFlowClient.ParameterOf(callback.Headers.Location, "state"));
        var code = CodeFlowClient.ParameterOf(callback.Headers.Location, "code");
        Assert.False(string.IsNullOrEmpty(code));

        var tokens = await client.RedeemAsync(code);
        var idToken = new JwtPayload(tokens.GetProperty("id_token").GetString()!);
        Assert.Equal(running.Provider.Authority.AbsoluteUri, idToken.Single("iss"));
        Assert.Equal([RunningIdentityProvider.ClientId], idToken.All("aud"));
        Assert.Equal(client.Nonce, idToken.Single("nonce"));
        Assert.Equal(User.UserName, idToken.Single("sub"));
        Assert.Equal(User.DisplayName, idToken.Single("name"));
        Assert.Equal(User.UserName, idToken.Single("preferred_username"));
        Assert.Equal(User.Roles, idToken.All("roles"));
        Assert.Equal(User.Areas, idToken.All("hub_areas"));
        Assert.Equal(User.UserName, running.Provider.SignIns[^1]);
    }

    [Fact]
    public async Task Answers_userinfo_with_the_same_claims_for_the_access_token()
    {
        using var browser = new HttpBrowser(running.Provider.Authority);
        var client = new CodeFlowClient(running.Provider.Authority);
        using var callback = await client.SignInAsync(browser, User.UserName, User.Password);
        var tokens = await client.RedeemAsync(CodeFlowClient.ParameterOf(callback.Headers.Location, "code")!);

        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(running.Provider.Authority, "connect/userinfo"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("access_token").GetString());
        using var response = await http.SendAsync(request);

        response.EnsureSuccessStatusCode();
        var userInfo = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(User.UserName, userInfo.GetProperty("sub").GetString());
        Assert.Equal(User.DisplayName, userInfo.GetProperty("name").GetString());
        Assert.Equal(User.Roles, userInfo.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
        Assert.Equal(User.Areas, userInfo.GetProperty("hub_areas").EnumerateArray().Select(area => area.GetString()));
    }

    [Fact]
    public async Task Shows_the_form_again_and_gives_no_code_for_a_wrong_password()
    {
        using var browser = new HttpBrowser(running.Provider.Authority);
        var client = new CodeFlowClient(running.Provider.Authority);
        var signInsBefore = running.Provider.SignIns.Count;

        using var answer = await client.SignInAsync(browser, User.UserName, "not the password");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("id=\"failed\"", await answer.Content.ReadAsStringAsync());

        // Still no session: asking again for a code lands on the form again.
        using var again = await browser.GetAsync(client.AuthorizationRequest());
        Assert.Equal(client.LoginForm.AbsolutePath, again.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(signInsBefore, running.Provider.SignIns.Count);
    }

    [Fact]
    public async Task Refuses_a_redirect_uri_that_is_not_registered()
    {
        using var browser = new HttpBrowser(running.Provider.Authority);
        var client = new CodeFlowClient(running.Provider.Authority);

        using var answer = await browser.GetAsync(client.AuthorizationRequest(new Uri("http://localhost:5090/elsewhere/signin-oidc")));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Null(answer.Headers.Location);
    }

    [Fact]
    public async Task Refuses_a_request_without_pkce()
    {
        using var browser = new HttpBrowser(running.Provider.Authority);
        var client = new CodeFlowClient(running.Provider.Authority);

        using var answer = await browser.GetAsync(client.AuthorizationRequest(withPkce: false));

        // Refused on the provider's own page: OpenIddict checks PKCE before it trusts the redirect_uri to carry an error.
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Null(answer.Headers.Location);
        Assert.Contains("code_challenge", await answer.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("/\t/evil.example/")]
    [InlineData("http://evil.example/")]
    public async Task Sends_the_browser_back_to_its_own_pages_only(string returnUrl)
    {
        using var browser = new HttpBrowser(running.Provider.Authority);
        var client = new CodeFlowClient(running.Provider.Authority);

        using var form = await browser.GetAsync(new Uri(client.LoginForm, "?returnUrl=" + Uri.EscapeDataString(returnUrl)));
        using var signedIn = await browser.PostFormAsync(client.LoginForm, new Dictionary<string, string>
        {
            ["username"] = User.UserName,
            ["password"] = User.Password,
            ["returnUrl"] = returnUrl,
        });

        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signedIn.StatusCode);
        Assert.Null(signedIn.Headers.Location);
    }
}
