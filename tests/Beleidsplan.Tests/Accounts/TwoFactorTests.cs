using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;

namespace Beleidsplan.Tests.Accounts;

[Collection(DemoSite.Name)]
public class TwoFactorTests(AppFactory app)
{
    [Fact]
    public async Task A_beheerder_must_turn_on_two_factor_sign_in_before_using_the_workspace()
    {
        var email = await TestUsers.CreateAsync(app, Role.Beheerder);
        var browser = new Browser(app);
        await TestUsers.SignInAsync(browser, email);

        var (blocked, _) = await browser.GetAsync("/werkruimte");
        blocked.Headers.Location!.ToString().ShouldBe("/werkruimte/tweestapsverificatie");
        var (_, setup) = await browser.GetAsync("/werkruimte/tweestapsverificatie");
        setup.QuerySelector("[role=alert]")!.TextContent.ShouldContain("Als beheerder moet u");
        var key = setup.QuerySelector(".totp-key")!.TextContent;
        var (_, wrong) = await browser.SubmitAsync(setup, new Dictionary<string, string> { ["Code"] = "000000" == Totp.Code(key) ? "111111" : "000000" });
        wrong.QuerySelector(".form__error")!.TextContent.ShouldContain("Deze code klopt niet");
        var (_, done) = await browser.SubmitAsync(setup, new Dictionary<string, string> { ["Code"] = Totp.Code(key) });

        done.QuerySelector("[role=status]")!.TextContent.ShouldContain("staat aan");
        (await browser.GetAsync("/werkruimte")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task With_two_factors_on_the_password_alone_does_not_open_the_workspace()
    {
        var (email, key) = await TestUsers.CreateWithKeyAsync(app, Role.Redacteur, twoFactor: true);
        var browser = new Browser(app);

        var (afterPassword, _) = await TestUsers.SignInAsync(browser, email);
        afterPassword.Headers.Location!.ToString().ShouldStartWith("/inloggen/tweede-stap");
        (await browser.GetAsync("/werkruimte")).Response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, wrong) = await TestUsers.SecondStepAsync(browser, Totp.Code(key!, DateTimeOffset.UtcNow.AddMinutes(-10)));
        wrong.QuerySelector("[role=alert]")!.TextContent.ShouldContain("Deze code klopt niet");
        var (right, _) = await TestUsers.SecondStepAsync(browser, Totp.Code(key!));

        right.Headers.Location!.ToString().ShouldBe("/werkruimte");
        (await browser.GetAsync("/werkruimte")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_code_that_was_used_once_does_not_sign_in_again()
    {
        var (email, key) = await TestUsers.CreateWithKeyAsync(app, Role.Redacteur, twoFactor: true);
        var code = Totp.Code(key!);
        var first = new Browser(app);
        await TestUsers.SignInAsync(first, email);
        (await TestUsers.SecondStepAsync(first, code)).Response.Headers.Location!.ToString().ShouldBe("/werkruimte");

        var replay = new Browser(app);
        await TestUsers.SignInAsync(replay, email);
        var (refused, page) = await TestUsers.SecondStepAsync(replay, code);

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("[role=alert]")!.TextContent.ShouldContain("Deze code klopt niet");
        var (next, _) = await TestUsers.SecondStepAsync(replay, Totp.Code(key!, DateTimeOffset.UtcNow.AddSeconds(30)));
        next.Headers.Location!.ToString().ShouldBe("/werkruimte"); // the next code from the app works
    }
}
