using System.Net;

namespace Hub.TestIdentityProvider.Tests;

public sealed class Signing_out_of_the_test_identity_provider(RunningIdentityProvider running) : IClassFixture<RunningIdentityProvider>
{
    [Fact]
    public async Task Ends_the_session_and_returns_to_the_registered_post_logout_redirect_uri()
    {
        using var browser = new HttpBrowser(running.Provider.Authority);
        var client = new CodeFlowClient(running.Provider.Authority);
        using var signedIn = await client.SignInAsync(browser, RunningIdentityProvider.Viewer.UserName, RunningIdentityProvider.Viewer.Password);
        var signOutsBefore = running.Provider.SignOuts;

        using var answer = await browser.GetAsync(EndSessionRequest(RunningIdentityProvider.PostLogoutRedirectUri, state: "back-to-the-console"));

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal(RunningIdentityProvider.PostLogoutRedirectUri.AbsoluteUri, answer.Headers.Location!.GetLeftPart(UriPartial.Path));
        Assert.Equal("back-to-the-console", CodeFlowClient.ParameterOf(answer.Headers.Location, "state"));
        Assert.Equal(signOutsBefore + 1, running.Provider.SignOuts);

        // The provider's own session has ended: a new sign-in asks for the password again.
        using var again = await browser.GetAsync(client.AuthorizationRequest());
        Assert.Equal(client.LoginForm.AbsolutePath, again.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Ends_the_session_on_its_own_page_when_no_post_logout_redirect_uri_is_given()
    {
        using var browser = new HttpBrowser(running.Provider.Authority);
        var signOutsBefore = running.Provider.SignOuts;

        using var answer = await browser.GetAsync(new Uri(running.Provider.Authority, "connect/logout"));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("id=\"signed-out\"", await answer.Content.ReadAsStringAsync());
        Assert.Equal(signOutsBefore + 1, running.Provider.SignOuts);
    }

    [Fact]
    public async Task Refuses_a_post_logout_redirect_uri_that_is_not_registered()
    {
        using var browser = new HttpBrowser(running.Provider.Authority);

        using var answer = await browser.GetAsync(EndSessionRequest(new Uri("http://localhost:5090/elsewhere"), state: "x"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Null(answer.Headers.Location);
    }

    private Uri EndSessionRequest(Uri postLogoutRedirectUri, string state) => new(
        running.Provider.Authority,
        $"connect/logout?post_logout_redirect_uri={Uri.EscapeDataString(postLogoutRedirectUri.AbsoluteUri)}&state={state}");
}
