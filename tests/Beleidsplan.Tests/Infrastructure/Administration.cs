using System.Globalization;
using AngleSharp.Dom;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Infrastructure;

/// <summary>Helpers for the beheerder's user and organisation pages: who is who, and forged posts.</summary>
public static class Administration
{
    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A beheerder signed in with two factors, and their user id (the actor in the audit trail).</summary>
    public static async Task<(Browser Browser, string UserId)> BeheerderAsync(AppFactory app, string unitSlug = "noord-holland")
    {
        var browser = new Browser(app);
        var (email, key) = await TestUsers.CreateWithKeyAsync(app, Role.Beheerder, unitSlug, twoFactor: true);
        await TestUsers.SignInAsync(browser, email);
        var (response, _) = await TestUsers.SecondStepAsync(browser, Totp.Code(key!));
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        return (browser, await UserIdAsync(app, email));
    }

    public static Task<string> UserIdAsync(AppFactory app, string email) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    public static Task<int> UnitIdAsync(AppFactory app, string slug) =>
        app.WithDbAsync(db => db.PoliceUnits.Where(u => u.Slug == slug).Select(u => u.Id).SingleAsync());

    public static Task<int> MunicipalityIdAsync(AppFactory app, string name) =>
        app.WithDbAsync(db => db.Municipalities.Where(m => m.Name == name).Select(m => m.Id).SingleAsync());

    public static async Task<int> OrganisationIdAsync(AppFactory app, string unitSlug, string name)
    {
        var unitId = await UnitIdAsync(app, unitSlug);
        return await app.WithDbAsync(db => db.Organisations.Where(o => o.PoliceUnitId == unitId && o.Name == name).Select(o => o.Id).SingleAsync());
    }

    /// <summary>
    /// Posts fields the page never offered, with a valid antiforgery token taken from a page the user
    /// did get: what someone editing the form in their browser's developer tools would send.
    /// </summary>
    public static async Task<HttpResponseMessage> ForgeAsync(Browser browser, IDocument pageWithForm, string url, IDictionary<string, string> fields)
    {
        var token = pageWithForm.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No antiforgery token on the page.");
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await browser.Client.PostAsync(url, new FormUrlEncodedContent(values));
    }
}
