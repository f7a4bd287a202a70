using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Accounts;

[Collection(DemoSite.Name)]
public class SignInTests(AppFactory app)
{
    private const string Password = TestUsers.Password;

    private Task<string> CreateUserAsync(bool active = true) => TestUsers.CreateAsync(app, Role.Redacteur, active: active);

    private static Task<(HttpResponseMessage Response, AngleSharp.Dom.IDocument Page)> SignInAsync(Browser browser, string email, string password) =>
        TestUsers.SignInAsync(browser, email, password);

    [Fact]
    public async Task The_workspace_sends_a_visitor_who_is_not_signed_in_to_the_sign_in_page()
    {
        var (response, _) = await new Browser(app).GetAsync("/werkruimte");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/inloggen?ReturnUrl=%2Fwerkruimte");
    }

    [Fact]
    public async Task A_user_signs_in_and_sees_their_role_in_the_workspace()
    {
        var email = await CreateUserAsync();
        var browser = new Browser(app);

        var (response, _) = await SignInAsync(browser, email, Password);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/werkruimte");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("beleidsplan=", StringComparison.Ordinal));
        cookie.ShouldContain("secure");
        cookie.ShouldContain("httponly");
        cookie.ShouldContain("samesite=strict");
        var (_, workspace) = await browser.GetAsync("/werkruimte");
        workspace.QuerySelector(".lead")!.TextContent.ShouldContain("Test Redacteur");
        workspace.QuerySelector(".membership")!.TextContent.ShouldContain("redacteur · Eenheid Noord-Holland");
    }

    [Fact]
    public async Task A_wrong_password_gives_a_Dutch_message_and_no_session()
    {
        var email = await CreateUserAsync();
        var browser = new Browser(app);

        var (response, page) = await SignInAsync(browser, email, "fout-fout-fout-fout");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("[role=alert]")!.TextContent.ShouldContain("Het e-mailadres of het wachtwoord klopt niet.");
        (await browser.GetAsync("/werkruimte")).Response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        var email = await CreateUserAsync();
        var browser = new Browser(app);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await SignInAsync(browser, email, "fout-fout-fout-fout");
        }

        var (response, page) = await SignInAsync(browser, email, Password);
        var (_, unknownPage) = await SignInAsync(browser, $"{Guid.NewGuid():N}@example.nl", Password);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("[role=alert]")!.TextContent.ShouldContain("Na vijf mislukte pogingen kunt u 15 minuten niet inloggen.");
        (await app.WithDbAsync(db => db.AuditEntries.Where(a => a.ItemLabel == email).OrderBy(a => a.Id).Select(a => a.Changes ?? "").LastAsync()))
            .ShouldContain("account geblokkeerd");
        // The same words for an address without an account: the form does not reveal which addresses exist.
        unknownPage.QuerySelector("[role=alert]")!.TextContent.ShouldBe(page.QuerySelector("[role=alert]")!.TextContent);
    }

    [Fact]
    public async Task A_deactivated_user_cannot_sign_in()
    {
        var email = await CreateUserAsync(active: false);

        var (response, page) = await SignInAsync(new Browser(app), email, Password);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("[role=alert]")!.TextContent.ShouldContain("klopt niet");
    }

    [Fact]
    public async Task A_sign_in_post_without_the_antiforgery_token_is_refused()
    {
        var email = await CreateUserAsync();
        var browser = new Browser(app);
        await browser.GetAsync("/inloggen");

        var response = await browser.Client.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = Password,
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Fact]
    public async Task Empty_fields_get_messages_at_the_fields()
    {
        var browser = new Browser(app);
        var (_, form) = await browser.GetAsync("/inloggen");

        var (_, page) = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Email"] = "", ["Password"] = "" });

        page.QuerySelectorAll(".form__error").Select(e => e.TextContent).ShouldBe(["Vul uw e-mailadres in.", "Vul uw wachtwoord in."]);
    }
}
