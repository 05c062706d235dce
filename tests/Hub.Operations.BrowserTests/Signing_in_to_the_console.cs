using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hub.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hub.Operations.BrowserTests;

/// <summary>
/// The console's ways in, and an attacker's tries at them: the organisation's identity provider (OpenID Connect) and the
/// console's own password sign-in, guessing, a copied cookie after sign-out or after the user was removed, a form on
/// another site, malformed sign-ins; and the operator log an admin reads.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class Signing_in_to_the_console(ConsoleRig rig)
{
    [Fact]
    public async Task Through_the_identity_provider_with_its_roles_and_areas_and_out_again_there_too()
    {
        var page = await NewPageAsync();

        await SignInWithIdentityProviderAsync(page, OidcUsers.Operator);

        await Expect(page.Locator("#who")).ToContainTextAsync("olaf.operator (operator: leeuwarden-oost)");
        var me = (await page.ApiAsync(rig, "me"))!.Value;
        Assert.True(me.GetProperty("mayRetry").GetBoolean());
        Assert.False(me.GetProperty("isAdmin").GetBoolean());
        Assert.Contains(OidcUsers.Operator.UserName, rig.IdentityProvider.SignIns);

        var signOutsBefore = rig.IdentityProvider.SignOuts;
        await page.ClickAsync("header form button");
        await Expect(page).ToHaveURLAsync(new Regex("/ops/login\\.html"));
        Assert.Equal(signOutsBefore + 1, rig.IdentityProvider.SignOuts);
        Assert.Null(await page.ApiAsync(rig, "me"));
    }

    [Fact]
    public async Task Through_the_identity_provider_is_refused_to_a_user_without_a_console_role()
    {
        var page = await NewPageAsync();

        await SignInWithIdentityProviderAsync(page, OidcUsers.NoConsoleRole, expectConsole: false);

        await Expect(page).ToHaveURLAsync(new Regex("/ops/login\\.html\\?refused=1$"));
        await Expect(page.Locator("#refused")).ToBeVisibleAsync();
        Assert.Null(await page.ApiAsync(rig, "me"));
    }

    [Fact]
    public async Task With_the_consoles_own_password_as_the_fallback()
    {
        var page = await rig.SignInAsync("viewer");

        await Expect(page.Locator("#who")).ToContainTextAsync("viewer (viewer, all areas)");
        await Expect(page.Locator("#nav-operator-log")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Guessing_a_password_locks_the_user_even_for_the_right_password()
    {
        using var http = ConsoleClient();
        for (var guess = 1; guess <= 5; guess++)
        {
            var wrong = await PostSignInAsync(http, ConsoleRig.LockedOutUser, $"guess-{guess}");
            Assert.Equal(HttpStatusCode.Redirect, wrong.StatusCode);
            Assert.Contains("failed=1", wrong.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
        // Parallel guesses do not slip past the count either.
        var burst = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => PostSignInAsync(http, ConsoleRig.LockedOutUser, $"burst-{i}")));
        Assert.All(burst, response => Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode));

        var right = await PostSignInAsync(http, ConsoleRig.LockedOutUser, $"{ConsoleRig.LockedOutUser}-demo");

        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.NotNull(right.Headers.RetryAfter);
        Assert.DoesNotContain(right.Headers, h => h.Key == "Set-Cookie");
    }

    [Fact]
    public async Task An_unknown_user_is_answered_as_slowly_as_a_wrong_password()
    {
        using var http = ConsoleClient();
        var (unknown, wrong) = (new List<double>(), new List<double>());
        for (var attempt = 0; attempt < 3; attempt++)
        {
            unknown.Add(await TimeAsync(() => PostSignInAsync(http, $"nobody-{Guid.NewGuid():N}", "whatever")));
            wrong.Add(await TimeAsync(() => PostSignInAsync(http, "operator", $"not-the-password-{attempt}")));
        }
        // Before: 3 ms against 74 ms, so user names could be told apart. Both now do the same hashing; a wide margin
        // for a noisy machine still tells the two behaviours apart.
        Assert.True(Median(unknown) > 0.3 * Median(wrong), $"unknown user {Median(unknown):0} ms, wrong password {Median(wrong):0} ms");
        await SignInSucceedsAsync("operator");
    }

    [Fact]
    public async Task A_copied_cookie_stops_working_once_its_user_signed_out()
    {
        var page = await rig.SignInAsync("operator");
        var cookies = await page.Context.CookiesAsync();
        await using var copy = await rig.Browser.NewContextAsync();
        await copy.AddCookiesAsync(cookies.Select(c => new Microsoft.Playwright.Cookie { Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path }));
        Assert.True((await copy.APIRequest.GetAsync(rig.ConsoleUrl + "api/me")).Ok);

        await page.ClickAsync("header form button");
        await Expect(page).ToHaveURLAsync(new Regex("/ops/login\\.html$"));

        Assert.Equal(401, (await copy.APIRequest.GetAsync(rig.ConsoleUrl + "api/me")).Status);
    }

    [Fact]
    public async Task A_removed_user_is_signed_out_everywhere()
    {
        var page = await rig.SignInAsync(ConsoleRig.LeavingUser);
        try
        {
            rig.WriteUsersFile([ConsoleRig.LockedOutUser]);

            await Eventually.True(async () => (await page.Context.APIRequest.GetAsync(rig.ConsoleUrl + "api/me")).Status == 401,
                "the removed user's session ended", timeoutSeconds: 30);
        }
        finally
        {
            rig.WriteUsersFile([ConsoleRig.LockedOutUser, ConsoleRig.LeavingUser]);
        }
    }

    [Fact]
    public async Task A_change_from_another_site_is_refused()
    {
        var page = await rig.SignInAsync("operator");
        var request = page.Context.APIRequest;

        // Archiving a message that does not exist: harmless, yet a change the Origin check must see first.
        var archive = $"{rig.ConsoleUrl}api/failures/{Guid.NewGuid()}/archive";

        var forged = await request.PostAsync(archive, new() { Headers = new Dictionary<string, string> { ["Origin"] = "https://evil.example" } });
        var withoutOrigin = await request.PostAsync(archive);
        var own = await request.PostAsync(archive, new() { Headers = new Dictionary<string, string> { ["Origin"] = ConsoleOrigin } });

        Assert.Equal(403, forged.Status);
        Assert.Equal(403, withoutOrigin.Status);
        Assert.Equal(404, own.Status);
    }

    [Theory]
    [InlineData("application/json", """{"username":"operator","password":"operator-demo"}""")]
    [InlineData("text/plain", "")]
    [InlineData("application/x-www-form-urlencoded", "username=operator")]
    [InlineData("application/x-www-form-urlencoded", "password=x")]
    public async Task A_malformed_sign_in_is_a_400_never_a_500(string contentType, string body)
    {
        using var http = ConsoleClient();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, contentType);

        var response = await http.PostAsync("auth/login", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Pages_carry_the_browser_security_headers_and_the_cookie_is_secure_behind_tls()
    {
        using var http = ConsoleClient();
        var page = await http.GetAsync("login.html");
        Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("same-origin", page.Headers.GetValues("Referrer-Policy").Single());

        // A TLS proxy on this machine (trusted: loopback) tells the console the user came over https.
        using var behindTls = ConsoleClient(origin: "https://" + new Uri(rig.ConsoleUrl).Authority);
        using var request = SignInRequest("operator", "operator-demo");
        request.Headers.Add("X-Forwarded-Proto", "https");
        var signedIn = await behindTls.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("hub-console=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_admin_finds_sign_ins_and_refusals_in_the_operator_log()
    {
        using var http = ConsoleClient();
        await PostSignInAsync(http, "viewer", "a-wrong-password");
        var admin = await rig.SignInAsync("admin");

        await admin.GotoAsync($"{rig.ConsoleUrl}#/operator-log");
        await admin.FillAsync("#log-user", "viewer");
        await admin.SelectOptionAsync("#log-action", "sign-in");
        await admin.ClickAsync("#log-search-button");

        var rows = admin.Locator("#operator-log tr", new() { HasText = "wrong-password" });
        await Expect(rows.First).ToContainTextAsync("viewer");
        await Expect(rows.First).ToContainTextAsync("127.0.0.1");
        var viewer = await rig.SignInAsync("viewer");
        Assert.Null(await viewer.ApiAsync(rig, "operator-log"));
    }

    [Fact]
    public async Task Alerts_reach_only_the_users_of_the_areas_they_concern()
    {
        var admin = await rig.SignInAsync("admin");
        await admin.FailOneVacancyAsync(rig, "Monteur (alert scope)");
        await Eventually.True(async () => (await admin.ApiAsync(rig, "alerts"))!.Value.EnumerateArray().Any(a => a.GetProperty("areaId").GetString() == "leeuwarden-oost"),
            "a failures alert for Leeuwarden Oost", timeoutSeconds: 60);

        var leeuwarden = (await (await rig.SignInAsync("leeuwarden")).ApiAsync(rig, "alerts"))!.Value.EnumerateArray().ToList();
        var rotterdam = (await (await rig.SignInAsync("rotterdam")).ApiAsync(rig, "alerts"))!.Value.EnumerateArray().ToList();

        Assert.Contains(leeuwarden, a => a.GetProperty("subject").GetString() == "leeuwarden-oost");
        Assert.All(leeuwarden, a => Assert.Equal("leeuwarden-oost", a.GetProperty("areaId").GetString()));
        Assert.Empty(rotterdam);
    }

    private async Task<IPage> NewPageAsync() => await (await rig.Browser.NewContextAsync()).NewPageAsync();

    private async Task SignInWithIdentityProviderAsync(IPage page, Hub.TestIdentityProvider.TestIdentityUser user, bool expectConsole = true)
    {
        await page.GotoAsync(rig.ConsoleUrl + "login.html");
        await page.ClickAsync("#sign-in-oidc");
        await Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(rig.IdentityProvider.Authority.ToString())));
        await page.FillAsync("#username", user.UserName);
        await page.FillAsync("#password", user.Password);
        await page.ClickAsync("#sign-in");
        if (expectConsole)
        {
            await Expect(page.Locator("#who")).ToContainTextAsync(user.UserName);
        }
    }

    private async Task SignInSucceedsAsync(string user)
    {
        using var http = ConsoleClient();
        var response = await PostSignInAsync(http, user, $"{user}-demo");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/ops/", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private string ConsoleOrigin => new Uri(rig.ConsoleUrl).GetLeftPart(UriPartial.Authority);

    /// <summary>A client posting from the console's own pages, as a browser does (its Origin), without following redirects.</summary>
    private HttpClient ConsoleClient(string? origin = null)
    {
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(rig.ConsoleUrl) };
        http.DefaultRequestHeaders.Add("Origin", origin ?? ConsoleOrigin);
        return http;
    }

    private HttpRequestMessage SignInRequest(string user, string password) => new(HttpMethod.Post, new Uri(new Uri(rig.ConsoleUrl), "auth/login"))
    {
        Content = new FormUrlEncodedContent([new("username", user), new("password", password)]),
    };

    private async Task<HttpResponseMessage> PostSignInAsync(HttpClient http, string user, string password)
    {
        using var request = SignInRequest(user, password);
        return await http.SendAsync(request);
    }

    private static async Task<double> TimeAsync(Func<Task> action)
    {
        var clock = Stopwatch.StartNew();
        await action();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
