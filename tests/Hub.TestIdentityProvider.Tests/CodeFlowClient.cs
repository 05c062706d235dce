using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Web;

namespace Hub.TestIdentityProvider.Tests;

/// <summary>
/// What the console's OpenIdConnect handler does for one sign-in: an authorization request with PKCE, state and nonce,
/// then, back at its callback, the code redeemed at the token endpoint with the client secret and the PKCE verifier.
/// </summary>
internal sealed class CodeFlowClient(Uri authority)
{
    public const string AllScopes = "openid profile roles hub_areas";

    public string State { get; } = RandomValue();
    public string Nonce { get; } = RandomValue();
    private string CodeVerifier { get; } = RandomValue();

    public Uri LoginForm => new(authority, "account/login");

    public Uri AuthorizationRequest(Uri? redirectUri = null, bool withPkce = true)
    {
        var parameters = new Dictionary<string, string>
        {
            ["client_id"] = RunningIdentityProvider.ClientId,
            ["redirect_uri"] = (redirectUri ?? RunningIdentityProvider.RedirectUri).AbsoluteUri,
            ["response_type"] = "code",
            ["response_mode"] = "query",
            ["scope"] = AllScopes,
            ["state"] = State,
            ["nonce"] = Nonce,
        };
        if (withPkce)
        {
            parameters["code_challenge"] = Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(CodeVerifier)));
            parameters["code_challenge_method"] = "S256";
        }

        return new Uri(authority, "connect/authorize" + QueryOf(parameters));
    }

    /// <summary>Asks for a code, is sent to the sign-in form, and fills it in; returns where the provider then sends the browser.</summary>
    public async Task<HttpResponseMessage> SignInAsync(HttpBrowser browser, string userName, string password)
    {
        using var loginForm = await browser.GetAsync(AuthorizationRequest());
        var formAddress = loginForm.RequestMessage!.RequestUri!;
        Assert.Equal(LoginForm.AbsolutePath, formAddress.AbsolutePath);
        Assert.Contains("id=\"sign-in\"", await loginForm.Content.ReadAsStringAsync());

        return await browser.PostFormAsync(LoginForm, new Dictionary<string, string>
        {
            ["username"] = userName,
            ["password"] = password,
            ["returnUrl"] = HttpUtility.ParseQueryString(formAddress.Query)["returnUrl"]!,
        });
    }

    public async Task<JsonElement> RedeemAsync(string code)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(authority, "connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = RunningIdentityProvider.RedirectUri.AbsoluteUri,
            ["client_id"] = RunningIdentityProvider.ClientId,
            ["client_secret"] = RunningIdentityProvider.ClientSecret,
            ["code_verifier"] = CodeVerifier,
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"The token endpoint answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static string? ParameterOf(Uri? redirect, string name) =>
        redirect is null ? null : HttpUtility.ParseQueryString(redirect.Query)[name];

    private static string QueryOf(Dictionary<string, string> parameters) =>
        "?" + string.Join('&', parameters.Select(parameter => $"{parameter.Key}={Uri.EscapeDataString(parameter.Value)}"));

    private static string RandomValue() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
