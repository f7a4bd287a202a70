using AngleSharp.Dom;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsplan.Tests.Infrastructure;

/// <summary>Makes users with a role in a unit of the demo data, and signs them in through the real form.</summary>
public static class TestUsers
{
    public const string Password = "een-heel-lang-wachtwoord";

    public static async Task<string> CreateAsync(AppFactory app, Role role, string unitSlug = "noord-holland", string? municipality = null, bool active = true) =>
        (await CreateWithKeyAsync(app, role, unitSlug, municipality, active, twoFactor: false)).Email;

    /// <summary>A user, and with twoFactor the authenticator key their app would hold.</summary>
    public static async Task<(string Email, string? Key)> CreateWithKeyAsync(
        AppFactory app, Role role, string unitSlug = "noord-holland", string? municipality = null, bool active = true, bool twoFactor = false)
    {
        var email = $"{Guid.NewGuid():N}@example.nl";
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BeleidsplanDbContext>();
        var unit = await db.PoliceUnits.SingleAsync(u => u.Slug == unitSlug);
        var municipalityId = municipality is null ? (int?)null : (await db.Municipalities.SingleAsync(m => m.Name == municipality)).Id;
        var user = new User { UserName = email, Email = email, DisplayName = $"Test {role}", IsActive = active };
        user.Memberships.Add(new Membership { Role = role, PoliceUnitId = unit.Id, MunicipalityId = municipalityId });
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var result = await users.CreateAsync(user, Password);
        result.Succeeded.ShouldBeTrue(string.Join(", ", result.Errors.Select(e => e.Description)));
        if (!twoFactor)
        {
            return (email, null);
        }

        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return (email, await users.GetAuthenticatorKeyAsync(user));
    }

    public static async Task<(HttpResponseMessage Response, IDocument Page)> SignInAsync(Browser browser, string email, string password = Password)
    {
        var (_, form) = await browser.GetAsync("/inloggen");
        return await browser.SubmitAsync(form, new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
    }

    /// <summary>A signed-in user; beheerders sign in with two factors, as they must.</summary>
    public static async Task<Browser> SignedInAsync(AppFactory app, Role role, string unitSlug = "noord-holland", string? municipality = null)
    {
        var browser = new Browser(app);
        var (email, key) = await CreateWithKeyAsync(app, role, unitSlug, municipality, twoFactor: role == Role.Beheerder);
        var (response, _) = await SignInAsync(browser, email);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        if (key is not null)
        {
            response.Headers.Location!.ToString().ShouldStartWith("/inloggen/tweede-stap");
            (response, _) = await SecondStepAsync(browser, Totp.Code(key));
            response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        }

        return browser;
    }

    public static async Task<(HttpResponseMessage Response, IDocument Page)> SecondStepAsync(Browser browser, string code)
    {
        var (_, form) = await browser.GetAsync("/inloggen/tweede-stap");
        return await browser.SubmitAsync(form, new Dictionary<string, string> { ["Code"] = code });
    }
}
