using System.Net;
using System.Text.RegularExpressions;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Security;

/// <summary>Sessions end when they should: by the sign-out button, and everywhere after a password reset.</summary>
[Collection(DemoSite.Name)]
public partial class SessionTests(AppFactory app)
{
    [GeneratedRegex(@"https://\S+(/wachtwoord-herstellen\?\S+)")]
    private static partial Regex ResetLink();

    [Fact]
    public async Task The_sign_out_button_on_the_workspace_home_signs_out()
    {
        var browser = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, home) = await browser.GetAsync("/werkruimte");

        var (response, _) = await browser.SubmitAsync(home, new Dictionary<string, string>(), "form[action='/uitloggen']");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetAsync("/werkruimte")).Response.Headers.Location!.ToString().ShouldContain("/inloggen");
    }

    [Fact]
    public async Task A_password_reset_ends_the_sessions_that_were_open()
    {
        var email = await TestUsers.CreateAsync(app, Role.Redacteur);
        var openSession = new Browser(app);
        await TestUsers.SignInAsync(openSession, email);
        (await openSession.GetAsync("/werkruimte")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);

        var forgetful = new Browser(app);
        var (_, forgot) = await forgetful.GetAsync("/wachtwoord-vergeten");
        await forgetful.SubmitAsync(forgot, new Dictionary<string, string> { ["Email"] = email });
        var body = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == email).Select(m => m.Body).SingleAsync());
        var reset = new Browser(app);
        var (_, form) = await reset.GetAsync(ResetLink().Match(body).Groups[1].Value);
        var (done, _) = await reset.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Password"] = "een-nieuw-en-lang-wachtwoord",
            ["Repeat"] = "een-nieuw-en-lang-wachtwoord",
        });

        done.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Redirect);
        var (after, _) = await openSession.GetAsync("/werkruimte");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.ToString().ShouldContain("/inloggen");
    }

    [Fact]
    public async Task A_failed_sign_in_is_not_recorded_as_done_by_the_account_owner()
    {
        var email = await TestUsers.CreateAsync(app, Role.Gemeente, municipality: "Haarlem");

        await TestUsers.SignInAsync(new Browser(app), email, "niet-het-goede-wachtwoord");

        var entry = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.ItemLabel == email && a.Action == AuditAction.SignInFailed).SingleAsync());
        entry.UserId.ShouldBeNull();
        entry.Actor.ShouldBe("Niet ingelogd");
        var userId = await app.WithDbAsync(async db => (await db.Users.SingleAsync(u => u.Email == email)).Id);
        entry.ItemKey.ShouldBe(userId);
    }

    [Theory]
    [InlineData("/werkruimte/plannen/imv-noord-holland-2024-2027?handler=bestaat-niet")]
    [InlineData("/werkruimte/plannen/imv-noord-holland-2024-2027/bijlagen?handler=bestaat-niet")]
    [InlineData("/werkruimte/plannen/imv-noord-holland-2024-2027/geschiedenis?tot=9999-12-31&van=0001-01-01")]
    [InlineData("/werkruimte/plannen/imv-noord-holland-2024-2027/geschiedenis?pagina=21474838")]
    [InlineData("/werkruimte/plannen/imv-noord-holland-2024-2027/geschiedenis?actie=99&soort=%00")]
    [InlineData("/plannen/imv-noord-holland-2024-2027/zoeken?q=%00")] // a NUL in the path is refused by Kestrel itself
    [InlineData("/werkruimte/plannen/%01")]
    [InlineData("/werkruimte/plannen/imv-noord-holland-2024-2027/deelthemas/%01")]
    [InlineData("/plannen/%01")]
    [InlineData("/plannen/imv-noord-holland-2024-2027/%01")]
    [InlineData("/plannen/imv-noord-holland-2024-2027/prioriteiten/%01/%01")]
    [InlineData("/api/v1/plannen/%01")]
    public async Task Odd_addresses_never_give_a_500(string url)
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);

        var (response, _) = await redacteur.GetAsync(url);

        ((int)response.StatusCode).ShouldBeOneOf(200, 400, 404);
    }
}
