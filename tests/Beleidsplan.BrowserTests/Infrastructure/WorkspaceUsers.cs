using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.Playwright;

namespace Beleidsplan.BrowserTests.Infrastructure;

/// <summary>A user signed in to the workspace in a browser context of their own.</summary>
public sealed record SignedInUser(string Email, string? Key, IBrowserContext Context)
{
    /// <summary>A new tab in this user's session, at a desktop or phone width.</summary>
    public async Task<IPage> NewPageAsync(int width)
    {
        var page = await Context.NewPageAsync();
        await page.SetViewportSizeAsync(width, 900);
        return page;
    }
}

/// <summary>
/// Signs each kind of user in once per site and keeps the session: signing in with a password and a
/// TOTP code for every page would make the workspace tests several times slower.
/// </summary>
public static class WorkspaceUsers
{
    public const string Redacteur = "redacteur";
    public const string OtherRedacteur = "andere redacteur";
    public const string Beheerder = "beheerder";
    public const string Gemeente = "gemeente";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<(BrowserSite, string), SignedInUser> Sessions = [];

    public static async Task<SignedInUser> GetAsync(BrowserSite site, string who)
    {
        await Gate.WaitAsync();
        try
        {
            if (!Sessions.TryGetValue((site, who), out var user))
            {
                user = await SignInNewAsync(site, who);
                Sessions[(site, who)] = user;
            }

            return user;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>A fresh user in a fresh context, signed in with a password and, for a beheerder, a TOTP code.</summary>
    public static async Task<SignedInUser> SignInNewAsync(BrowserSite site, string who)
    {
        var (email, key) = who switch
        {
            Redacteur or OtherRedacteur => await SiteUsers.CreateAsync(site, Role.Redacteur),
            Beheerder => await SiteUsers.CreateAsync(site, Role.Beheerder, twoFactor: true),
            Gemeente => await SiteUsers.CreateAsync(site, Role.Gemeente, municipality: "Zaanstad"),
            _ => throw new ArgumentOutOfRangeException(nameof(who), who, "unknown user"),
        };
        return await SignInAsync(site, email, key);
    }

    /// <summary>A fresh gemeente user of the named municipality, signed in.</summary>
    public static async Task<SignedInUser> SignInGemeenteAsync(BrowserSite site, string municipality)
    {
        var (email, key) = await SiteUsers.CreateAsync(site, Role.Gemeente, municipality);
        return await SignInAsync(site, email, key);
    }

    private static async Task<SignedInUser> SignInAsync(BrowserSite site, string email, string? key)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "nl-NL",
        });
        var page = await context.NewPageAsync();
        await EnterPasswordAsync(page, email);
        if (key is not null)
        {
            await page.GetByLabel("Code").FillAsync(Totp.Code(key));
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        }

        await page.WaitForURLAsync("**/werkruimte");
        await page.CloseAsync();
        return new SignedInUser(email, key, context);
    }

    /// <summary>The first sign-in step: e-mail address and password.</summary>
    public static async Task EnterPasswordAsync(IPage page, string email)
    {
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(SiteUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
    }
}
