using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hub.Portal.BrowserTests;

/// <summary>
/// Each role's main task in the partner portal, end to end in Chromium, through the gateway's own rules, with axe-core on every
/// page: run on the embedded run and on the system rig (the two classes below).
/// </summary>
public abstract partial class Working_in_the_portal(PortalRig rig) : IAsyncLifetime
{
    private readonly List<PortalSession> _sessions = [];

    // An ISCO-08 code of this walk's own (major group 1, which the demo data does not use), so only its vacancy and
    // seeker match each other.
    private static string Occupation() => Random.Shared.Next(1000, 2000).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_employer_publishes_a_vacancy_and_hires_the_candidate_the_job_agency_accepted_for()
    {
        var occupation = Occupation();
        var employer = await SignInAsync(PortalSession.Employer);
        await employer.GotoAsync("vacancies/edit");
        var page = employer.Page;
        await page.FillAsync("#Form_Title", "Leerling-monteur " + occupation);
        await page.FillAsync("#Form_OccupationCode", occupation);
        await page.FillAsync("#Form_Postcode", "89 AB");
        await page.FillAsync("#Form_HoursPerWeek", "32");
        await page.FillAsync("#Form_Positions", "1");
        await page.ClickAsync("#save-vacancy");
        // The gateway's rule, shown at the field in Dutch, the field marked for assistive technology; nothing published.
        await Expect(page.Locator("#Form_Postcode")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#Form_Postcode-error")).ToContainTextAsync("Nederlandse postcode");
        await Expect(page.Locator("#error-summary a[href='#Form_Postcode']")).ToBeVisibleAsync();
        // What was typed and ticked stays, for the user to correct only the field at fault.
        await Expect(page.Locator("#Form_Title")).ToHaveValueAsync("Leerling-monteur " + occupation);
        await Expect(page.Locator("#Form_IsRecoveryJob")).ToBeCheckedAsync();
        await page.AssertAccessibleAsync();
        await employer.ScreenshotAsync("vacancy-error");
        await page.FillAsync("#Form_Postcode", "8925 AB");
        await employer.SubmitAppliedAsync("#save-vacancy");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Leerling-monteur " + occupation);
        var vacancyPath = new Uri(page.Url).AbsolutePath;

        // A new version: fewer hours.
        await page.ClickAsync("#edit-vacancy");
        await page.AssertAccessibleAsync();
        await page.FillAsync("#Form_HoursPerWeek", "24");
        await employer.SubmitAppliedAsync("#save-vacancy");
        await Expect(page.Locator("#vacancy-hours")).ToHaveTextAsync("24");
        await Expect(page.Locator("#vacancy-recovery")).ToHaveTextAsync("ja");
        await employer.GotoAsync("vacancies");
        await Expect(page.Locator("tr.vacancy", new() { HasText = occupation })).ToContainTextAsync("open");

        // The job agency registers a resident on benefits nearby, sees the proposal with its reasons, and accepts with a contact.
        var agency = await SignInAsync(PortalSession.JobAgency);
        await agency.GotoAsync("seekers/register");
        var desk = agency.Page;
        await desk.FillAsync("#Form_Bsn", TestBsns.Next());
        await desk.FillAsync("#Form_Postcode", "8924 AB");
        await desk.FillAsync("#Form_TargetOccupations", occupation);
        await desk.SelectOptionAsync("#Form_BenefitType", "bijstand");
        await desk.CheckAsync("#Form_ConsentToShare");
        await agency.SubmitAppliedAsync("#register-seeker");
        var proposal = desk.Locator(".proposal");
        await agency.ReloadUntilVisibleAsync(proposal, "a proposal for the registered job seeker");
        await Expect(proposal.Locator(".reasons li").First).ToBeVisibleAsync();
        await Expect(proposal.Locator(".proposal-status")).ToHaveTextAsync("voorgesteld");
        await proposal.Locator("input[id^='Contact_Name']").FillAsync("Jan de Boer");
        await proposal.Locator("input[id^='Contact_Phone']").FillAsync("06-12345678");
        await agency.SubmitAppliedAsync(".accept-proposal");
        await Expect(desk.Locator(".proposal .proposal-status")).ToHaveTextAsync("aangenomen");
        await agency.GotoAsync("seekers");
        await Expect(desk.Locator("tr.seeker", new() { HasText = occupation })).ToBeVisibleAsync();

        // The employer sees the candidate's contact details now, and reports the hire.
        await employer.GotoAsync(vacancyPath.Replace("/portal/", "", StringComparison.Ordinal));
        var candidate = page.Locator(".proposal");
        await Expect(candidate.Locator(".contact-name")).ToHaveTextAsync("Jan de Boer");
        await Expect(candidate.Locator(".reasons li").First).ToBeVisibleAsync();
        await employer.ScreenshotAsync("proposals");
        await employer.SubmitAppliedAsync(".report-hired");
        await Expect(page.Locator(".proposal .proposal-status")).ToHaveTextAsync("aangenomen door de werkgever");

        // The municipality's figures for its area count the vacancy, as a chart and as a table.
        var municipality = await SignInAsync(PortalSession.Municipality);
        await municipality.GotoAsync("figures");
        var area = municipality.Page.Locator("section.area-figures[data-area='leeuwarden-oost']");
        await Expect(area.Locator("svg.chart rect.bar-0").First).ToBeVisibleAsync();
        await Expect(area.Locator("tr.month td.vacancies").First).ToHaveTextAsync(new Regex(@"^[1-9]\d*$"));
        await municipality.ScreenshotAsync("figures");
    }

    [Fact]
    public async Task A_school_registers_a_student_and_declines_the_proposal()
    {
        var occupation = Occupation();
        var employer = await SignInAsync(PortalSession.Employer);
        await employer.GotoAsync("vacancies/edit");
        await employer.Page.FillAsync("#Form_Title", "BBL timmerman " + occupation);
        await employer.Page.FillAsync("#Form_OccupationCode", occupation);
        await employer.Page.FillAsync("#Form_Postcode", "8925 AB");
        await employer.Page.FillAsync("#Form_HoursPerWeek", "32");
        await employer.Page.FillAsync("#Form_Positions", "2");
        await employer.Page.CheckAsync("#Form_IsLearnWorkPlace");
        await employer.SubmitAppliedAsync("#save-vacancy");
        var vacancyPath = new Uri(employer.Page.Url).AbsolutePath.Replace("/portal/", "", StringComparison.Ordinal);

        var school = await SignInAsync(PortalSession.School);
        await school.GotoAsync("seekers/register");
        var page = school.Page;
        await Expect(page.Locator("h1")).ToHaveTextAsync("Student aanmelden");
        await page.FillAsync("#Form_Bsn", "12345678");
        await page.FillAsync("#Form_Postcode", "8924 AB");
        await page.FillAsync("#Form_TargetOccupations", occupation);
        await page.ClickAsync("#register-seeker");
        await Expect(page.Locator("#Form_Bsn")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#Form_Bsn-error")).ToContainTextAsync("elfproef");
        await page.AssertAccessibleAsync();
        await page.FillAsync("#Form_Bsn", TestBsns.Next());
        await page.CheckAsync("#Form_ConsentToShare");
        await school.SubmitAppliedAsync("#register-seeker");
        var proposal = page.Locator(".proposal");
        await school.ReloadUntilVisibleAsync(proposal, "a proposal for the registered student");
        await school.SubmitAppliedAsync(".decline-proposal");
        await Expect(page.Locator(".proposal .proposal-status")).ToHaveTextAsync("afgeslagen");
        await school.GotoAsync("seekers");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Uw studenten");
        await Expect(page.Locator("tr.seeker", new() { HasText = occupation })).ToBeVisibleAsync();

        // The place is taken elsewhere: the employer withdraws the vacancy.
        await employer.GotoAsync(vacancyPath);
        await employer.SubmitAppliedAsync("#withdraw-vacancy");
        await Expect(employer.Page.Locator("#vacancy-status")).ToHaveTextAsync("ingetrokken");
        await Expect(employer.Page.Locator("#withdraw-vacancy")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_housing_corporation_raises_a_signal_the_municipality_acknowledges_and_closes()
    {
        var bsn = TestBsns.Next();
        var amount = $"{Random.Shared.Next(500, 5000)}.{Random.Shared.Next(10, 99)}";
        var housing = await SignInAsync(PortalSession.Housing);
        await housing.GotoAsync("signals/raise");
        var page = housing.Page;
        await page.FillAsync("#Form_Bsn", bsn);
        await page.SelectOptionAsync("#Form_Category", "rent-arrears");
        await page.FillAsync("#Form_Details_0__Field", "amount");
        await page.FillAsync("#Form_Details_0__Value", amount);
        await page.FillAsync("#Form_Details_1__Field", "since");
        await page.FillAsync("#Form_Details_1__Value", "2026-09-01");
        await housing.SubmitAppliedAsync("#raise-signal");
        var municipalityRow = page.Locator("tr.recipient", new() { HasText = "Gemeente Leeuwarden" });
        await housing.ReloadUntilVisibleAsync(municipalityRow, "the signal's recipients");
        await Expect(municipalityRow.Locator(".recipient-state")).ToHaveTextAsync("geleverd");
        var signalPath = new Uri(page.Url).AbsolutePath.Replace("/portal/", "", StringComparison.Ordinal);

        // The municipality's debt team: the delivery with only the policy's fields, acknowledged, closed with an outcome.
        var municipality = await SignInAsync(PortalSession.Municipality);
        await municipality.GotoAsync("inbox");
        var inbox = municipality.Page;
        var delivery = inbox.Locator("section.delivery", new() { HasText = amount });
        await municipality.ReloadUntilVisibleAsync(delivery, "the delivery in the municipality's inbox");
        await Expect(delivery).ToContainTextAsync("Huurachterstand");
        await Expect(delivery).Not.ToContainTextAsync(bsn);
        await Expect(delivery).Not.ToContainTextAsync("reminders-sent");
        await municipality.ScreenshotAsync("inbox");
        await municipality.SubmitAppliedAsync($"section.delivery:has-text('{amount}') .acknowledge");
        await municipality.GotoAsync("inbox?IncludeAcknowledged=true");
        var acknowledged = inbox.Locator("section.delivery", new() { HasText = amount });
        await Expect(acknowledged.Locator(".delivery-acknowledged")).Not.ToHaveTextAsync("nee");
        await acknowledged.Locator("select").SelectOptionAsync("help-started");
        await acknowledged.Locator("textarea").FillAsync("Afspraak gemaakt met schuldhulp.");
        await municipality.SubmitAppliedAsync($"section.delivery:has-text('{amount}') .report-outcome");

        // The housing corporation follows it per recipient: handled, with the outcome; never why anyone was left out.
        await housing.GotoAsync(signalPath);
        await Expect(municipalityRow.Locator(".recipient-state")).ToHaveTextAsync("behandeld");
        await Expect(municipalityRow.Locator(".recipient-outcome")).ToHaveTextAsync("Hulp gestart");
        await housing.ScreenshotAsync("signal-status");
        await housing.GotoAsync("signals");
        await Expect(page.Locator("tr.signal").First).ToBeVisibleAsync();

        // The resident asks the municipality who received what: the disclosure is there, and the request is on record.
        await municipality.GotoAsync("consents/subject-access");
        await inbox.FillAsync("#Form_Bsn", bsn);
        await inbox.ClickAsync("#subject-access");
        await Expect(inbox.Locator("tr.disclosure", new() { HasText = "Gemeente Leeuwarden" })).ToContainTextAsync("Huurachterstand");
        await inbox.AssertAccessibleAsync();
        await municipality.GotoAsync("inbox/cases");
        await Expect(inbox.Locator("h1")).ToHaveTextAsync("Multiprobleemmeldingen");

        // Police raise a signal too, and follow it.
        var police = await SignInAsync(PortalSession.Police);
        await police.GotoAsync("signals/raise");
        await police.Page.FillAsync("#Form_Bsn", TestBsns.Next());
        await police.Page.SelectOptionAsync("#Form_Category", "youth-nuisance");
        await police.Page.FillAsync("#Form_Details_0__Field", "incident-code");
        await police.Page.FillAsync("#Form_Details_0__Value", "F123");
        await police.SubmitAppliedAsync("#raise-signal");
        await Expect(police.Page.Locator("h1")).ToContainTextAsync("Jeugdoverlast");
    }

    [Fact]
    public async Task The_municipality_records_and_revokes_a_consent_and_answers_subject_access()
    {
        var bsn = TestBsns.Next();
        var municipality = await SignInAsync(PortalSession.Municipality);
        await municipality.GotoAsync("consents");
        var page = municipality.Page;
        await page.FillAsync("#Consent_Bsn", bsn);
        await page.CheckAsync("#category-rent-arrears");
        await page.SelectOptionAsync("#Consent_ToRole", "job-agency");
        await page.FillAsync("#Consent_Purpose", "income-support");
        await municipality.SubmitAppliedAsync("#record-consent");

        await municipality.GotoAsync("consents/subject-access");
        await page.FillAsync("#Form_Bsn", bsn);
        await page.ClickAsync("#subject-access");
        var consent = page.Locator("tr.consent");
        await Expect(consent).ToContainTextAsync("income-support");
        await Expect(consent.Locator(".consent-revoked")).ToHaveTextAsync("nee");
        await Expect(page.Locator("#Form_Bsn")).ToHaveValueAsync("");
        await page.AssertAccessibleAsync();

        await municipality.GotoAsync("consents");
        await page.FillAsync("#Revocation_Bsn", bsn);
        await municipality.SubmitAppliedAsync("#revoke-consent");
        await municipality.GotoAsync("consents/subject-access");
        await page.FillAsync("#Form_Bsn", bsn);
        await page.ClickAsync("#subject-access");
        await Expect(page.Locator("tr.consent .consent-revoked")).Not.ToHaveTextAsync("nee");
    }

    [Fact]
    public async Task An_organisation_administrator_invites_a_colleague_and_removes_them()
    {
        var email = $"collega-{Guid.NewGuid():N}@installatie-oost.example";
        var admin = await SignInAsync(PortalSession.Employer);
        await admin.GotoAsync("organisation/users");
        var page = admin.Page;
        await page.FillAsync("#Form_Name", "Kees Collega");
        await page.FillAsync("#Form_Email", email);
        await page.ClickAsync("#invite");
        var link = await page.Locator("#invitation-link").TextContentAsync();
        await page.AssertAccessibleAsync();

        var colleague = await PortalSession.OpenAsync(rig.Browser, rig.Portal);
        _sessions.Add(colleague);
        await colleague.Page.GotoAsync(link!);
        await colleague.Page.AssertAccessibleAsync();
        await colleague.Page.FillAsync("#Form_Password", "kort");
        await colleague.Page.FillAsync("#Form_Repeat", "kort");
        await colleague.Page.ClickAsync("#accept-invitation");
        await Expect(colleague.Page.Locator("#Form_Password-error")).ToContainTextAsync("12 tekens");
        await colleague.Page.FillAsync("#Form_Password", "een-lang-wachtwoord-2026");
        await colleague.Page.FillAsync("#Form_Repeat", "een-lang-wachtwoord-2026");
        await colleague.Page.ClickAsync("#accept-invitation");
        await Expect(colleague.Page.Locator("#who-name")).ToHaveTextAsync("Kees Collega");
        // A colleague is no administrator: no user management.
        await colleague.GotoAsync("organisation/users");
        await Expect(colleague.Page.Locator("h1")).ToHaveTextAsync("Geen toegang");
        // The link is used up.
        var stranger = await PortalSession.OpenAsync(rig.Browser, rig.Portal);
        _sessions.Add(stranger);
        await stranger.Page.GotoAsync(link!);
        await Expect(stranger.Page.Locator("#invitation-invalid")).ToBeVisibleAsync();

        await admin.GotoAsync("organisation/users");
        await page.Locator($"tr.user[data-email='{email}'] .remove-user").ClickAsync();
        await Expect(page.Locator("#users-message")).ToContainTextAsync("verwijderd");
        await Expect(page.Locator($"tr.user[data-email='{email}']")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
        // The removed colleague's next step ends at the sign-in page, and signing in again fails.
        await colleague.Page.GotoAsync(new Uri(rig.Portal, "vacancies").ToString());
        await Expect(colleague.Page.Locator("#Form_Email")).ToBeVisibleAsync();
        await colleague.Page.FillAsync("#Form_Email", email);
        await colleague.Page.FillAsync("#Form_Password", "een-lang-wachtwoord-2026");
        await colleague.Page.ClickAsync("#sign-in");
        await Expect(colleague.Page.Locator("#form-error")).ToBeVisibleAsync();

        await admin.GotoAsync("organisation/log");
        await Expect(page.Locator("tr.action", new() { HasText = "invite-user" }).First).ToContainTextAsync(email);
        await Expect(page.Locator("tr.action", new() { HasText = "remove-user" }).First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Each_role_sees_its_own_pages_in_Dutch_or_English()
    {
        var anonymous = await PortalSession.OpenAsync(rig.Browser, rig.Portal);
        _sessions.Add(anonymous);
        await anonymous.Page.GotoAsync(new Uri(rig.Portal, "vacancies").ToString());
        await Expect(anonymous.Page.Locator("#Form_Email")).ToBeVisibleAsync();
        // Keyboard first: the first Tab reaches the skip link, and it leads to the page's content.
        await anonymous.Page.Keyboard.PressAsync("Tab");
        await Expect(anonymous.Page.Locator(".skip-link")).ToBeFocusedAsync();
        await Expect(anonymous.Page.Locator(".skip-link")).ToBeInViewportAsync();
        await anonymous.Page.Keyboard.PressAsync("Enter");
        await Expect(anonymous.Page.Locator("main")).ToBeFocusedAsync();
        await Expect(anonymous.Page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await anonymous.Page.FillAsync("#Form_Email", PortalSession.Housing);
        await anonymous.Page.FillAsync("#Form_Password", "not-the-password");
        await anonymous.Page.ClickAsync("#sign-in");
        await Expect(anonymous.Page.Locator("#form-error")).ToBeVisibleAsync();
        await anonymous.Page.AssertAccessibleAsync();

        var housing = await SignInAsync(PortalSession.Housing);
        var nav = housing.Page.Locator("nav");
        await Expect(nav).ToContainTextAsync("Vacatures");
        await Expect(nav).ToContainTextAsync("Signalen");
        await Expect(nav).Not.ToContainTextAsync("Toestemmingen");
        await housing.GotoAsync("consents");
        await Expect(housing.Page.Locator("h1")).ToHaveTextAsync("Geen toegang");

        var municipality = await SignInAsync(PortalSession.Municipality);
        await municipality.Page.ClickAsync("header .language button");
        await Expect(municipality.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(municipality.Page.Locator("nav")).ToContainTextAsync("Consents");
        await Expect(municipality.Page.Locator("h1")).ToContainTextAsync("Welcome");
        await municipality.Page.AssertAccessibleAsync();
        await municipality.GotoAsync("inbox");
        await Expect(municipality.Page.Locator("h1")).ToHaveTextAsync("Signals received");
        await municipality.GotoAsync("consents");
        await Expect(municipality.Page.Locator("#record-consent")).ToHaveTextAsync("Record a consent");
        await municipality.ScreenshotAsync("english");
        await municipality.Page.ClickAsync("header .language button");
        await Expect(municipality.Page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
    }

    private async Task<PortalSession> SignInAsync(string email)
    {
        var session = await PortalSession.SignInAsync(rig.Browser, rig.Portal, email);
        _sessions.Add(session);
        return session;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var session in _sessions)
        {
            await session.CloseAsync();
        }
    }
}

[Collection(EmbeddedPortalCollection.Name)]
public sealed class Working_in_the_portal_on_the_embedded_run(EmbeddedPortalRig rig) : Working_in_the_portal(rig);

[Collection(SystemPortalCollection.Name)]
public sealed class Working_in_the_portal_on_the_system_rig(SystemPortalRig rig) : Working_in_the_portal(rig)
{
    [Fact]
    public async Task An_invited_colleague_signs_in_through_the_organisations_identity_provider_and_a_stranger_cannot()
    {
        var admin = await PortalSession.SignInAsync(rig.Browser, rig.Portal, PortalSession.Employer);
        await admin.GotoAsync("organisation/users");
        await admin.Page.FillAsync("#Form_Name", "Olga Collega");
        await admin.Page.FillAsync("#Form_Email", SystemPortalRig.OidcColleague.UserName);
        await admin.Page.ClickAsync("#invite");
        await Expect(admin.Page.Locator("#invitation-link")).ToBeVisibleAsync();

        var colleague = await PortalSession.OpenAsync(rig.Browser, rig.Portal);
        await SignInThroughProviderAsync(colleague, SystemPortalRig.OidcColleague);
        await Expect(colleague.Page.Locator("#who-name")).ToHaveTextAsync("Olga Collega");
        await colleague.GotoAsync("vacancies");
        await Expect(colleague.Page.Locator("h1")).ToHaveTextAsync("Uw vacatures");
        Assert.Contains(SystemPortalRig.OidcColleague.UserName, rig.IdentityProvider.SignIns);

        var stranger = await PortalSession.OpenAsync(rig.Browser, rig.Portal);
        await SignInThroughProviderAsync(stranger, SystemPortalRig.OidcStranger);
        await Expect(stranger.Page).ToHaveURLAsync(new Regex("/portal/account/sign-in\\?refused=1$"));
        await Expect(stranger.Page.Locator("#who-name")).ToHaveCountAsync(0);
        await stranger.Page.AssertAccessibleAsync();

        await admin.GotoAsync("organisation/log");
        await Expect(admin.Page.Locator("tr.action", new() { HasText = "oidc" }).First).ToBeVisibleAsync();
        foreach (var session in new[] { admin, colleague, stranger })
        {
            await session.CloseAsync();
        }
    }

    private async Task SignInThroughProviderAsync(PortalSession session, Hub.TestIdentityProvider.TestIdentityUser user)
    {
        await session.Page.ClickAsync("#sign-in-provider");
        await Expect(session.Page).ToHaveURLAsync(new Regex("^" + Regex.Escape(rig.IdentityProvider.Authority.ToString())));
        await session.Page.FillAsync("#username", user.UserName);
        await session.Page.FillAsync("#password", user.Password);
        await session.Page.ClickAsync("#sign-in");
    }
}
