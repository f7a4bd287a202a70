using System.Net;
using System.Text.RegularExpressions;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsplan.Tests.Accounts;

[Collection(DemoSite.Name)]
public partial class PasswordResetTests(AppFactory app)
{
    private async Task<string> CreateUserAsync()
    {
        var email = $"{Guid.NewGuid():N}@example.nl";
        using var scope = app.Services.CreateScope();
        var user = new User { UserName = email, Email = email, DisplayName = "Gert Gemeente" };
        (await scope.ServiceProvider.GetRequiredService<UserManager<User>>().CreateAsync(user, "het-oude-lange-wachtwoord")).Succeeded.ShouldBeTrue();
        return email;
    }

    private async Task<IReadOnlyList<string>> OutboxBodiesAsync(string email) =>
        await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == email).Select(m => m.Body).ToListAsync());

    private static async Task RequestResetAsync(Browser browser, string email)
    {
        var (_, form) = await browser.GetAsync("/wachtwoord-vergeten");
        var (_, page) = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Email"] = email });
        page.QuerySelector("[role=status]")!.TextContent.ShouldContain("Als er een account met dit e-mailadres is");
    }

    [GeneratedRegex(@"https://\S+(/wachtwoord-herstellen\?\S+)")]
    private static partial Regex ResetLink();

    [Fact]
    public async Task A_forgotten_password_is_reset_through_a_link_in_the_outbox_that_works_once()
    {
        var email = await CreateUserAsync();
        var browser = new Browser(app);

        await RequestResetAsync(browser, email);

        var body = (await OutboxBodiesAsync(email)).Single();
        var link = ResetLink().Match(body).Groups[1].Value;
        link.ShouldNotBeEmpty(body);
        var (_, form) = await browser.GetAsync(link);
        var (_, common) = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Password"] = "123qweasdzxc", ["Repeat"] = "123qweasdzxc" });
        common.QuerySelector(".form__error")!.TextContent.ShouldContain("veelgebruikte wachtwoorden");
        var (_, mismatch) = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Password"] = "het-nieuwe-wachtwoord", ["Repeat"] = "iets-anders-dan-dat" });
        mismatch.QuerySelectorAll(".form__error").Select(e => e.TextContent).ShouldContain("De twee wachtwoorden zijn niet gelijk.");
        var (_, done) = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Password"] = "het-nieuwe-wachtwoord", ["Repeat"] = "het-nieuwe-wachtwoord" });
        done.QuerySelector("[role=status]")!.TextContent.ShouldContain("Uw wachtwoord is gewijzigd");

        var (_, signInForm) = await browser.GetAsync("/inloggen");
        var (signedIn, _) = await browser.SubmitAsync(signInForm, new Dictionary<string, string> { ["Email"] = email, ["Password"] = "het-nieuwe-wachtwoord" });
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, reused) = await new Browser(app).GetAsync(link);
        reused.QuerySelector("[role=alert]")!.TextContent.ShouldContain("ongeldig, al gebruikt of verlopen");
    }

    [Fact]
    public async Task An_address_without_an_account_gets_the_same_answer_and_no_mail()
    {
        var email = $"{Guid.NewGuid():N}@example.nl";

        await RequestResetAsync(new Browser(app), email);

        (await OutboxBodiesAsync(email)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/wachtwoord-herstellen?gebruiker=bestaat-niet&code=abc")]
    [InlineData("/wachtwoord-herstellen?gebruiker=&code=%%%")]
    [InlineData("/wachtwoord-herstellen")]
    public async Task A_tampered_or_missing_link_gives_a_clear_message(string url)
    {
        var (response, page) = await new Browser(app).GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("[role=alert]")!.TextContent.ShouldContain("Deze link is ongeldig");
    }
}
