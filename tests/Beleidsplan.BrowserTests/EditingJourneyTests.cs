using Beleidsplan.BrowserTests.Infrastructure;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.Playwright;

namespace Beleidsplan.BrowserTests;

/// <summary>A redacteur signs in with two factors, edits a sub-theme and finds the change and its history.</summary>
[Collection(BrowserSiteDefinition.Name)]
public class EditingJourneyTests(BrowserSite site)
{
    private const string Plan = "imv-noord-holland-2024-2027";

    [Fact]
    public async Task A_redacteur_edits_a_sub_theme_sees_it_published_and_in_the_history_and_a_gemeente_user_cannot_reach_it()
    {
        var (email, key) = await SiteUsers.CreateAsync(site, Role.Redacteur, twoFactor: true);
        var page = await site.NewPageAsync();
        await SignInAsync(page, email);
        await page.GetByLabel("Code").FillAsync(Totp.Code(key!));
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.WaitForURLAsync("**/werkruimte");

        await page.GetByRole(AriaRole.Link, new() { Name = "Integraal Meerjarenbeleidsplan Veiligheid Noord-Holland 2024-2027" }).First.ClickAsync();
        var editLink = page.Locator("li[id^='deelthema-'] a").Filter(new() { HasText = "Bewerken" }).First;
        var subThemeTitle = (await editLink.Locator(".visually-hidden").InnerTextAsync()).Trim();
        await editLink.ClickAsync();
        var editUrl = page.Url;
        var ambition = $"Samen met de gemeenten de aanpak versterken ({Guid.NewGuid():N}).";
        await page.GetByLabel("Wat willen we bereiken?").FillAsync(ambition);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Opgeslagen");

        var published = await SiteVersions.PublishedAsync(site, Plan);
        try
        {
            await page.GotoAsync($"/plannen/{Plan}");
            await page.GetByRole(AriaRole.Link, new() { Name = subThemeTitle }).First.ClickAsync();
            await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync(ambition); // the working copy is not public
            await SiteVersions.FreezeAndPublishAsync(page, Plan, "Versie met de nieuwe ambitie");
            await page.GotoAsync($"/plannen/{Plan}");
            await page.GetByRole(AriaRole.Link, new() { Name = subThemeTitle }).First.ClickAsync();
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync(ambition);
        }
        finally
        {
            await SiteVersions.RepublishAsync(site, Plan, published);
        }

        await page.GotoAsync(editUrl);
        await page.GetByRole(AriaRole.Link, new() { Name = "Geschiedenis van dit onderdeel" }).ClickAsync();
        var entry = page.Locator("tr.history-entry").First;
        await Assertions.Expect(entry).ToContainTextAsync(email);
        await Assertions.Expect(entry.Locator("ins")).ToContainTextAsync(ambition);

        var (gemeenteEmail, _) = await SiteUsers.CreateAsync(site, Role.Gemeente, municipality: "Zaanstad");
        var gemeente = await site.NewPageAsync();
        await SignInAsync(gemeente, gemeenteEmail);
        await gemeente.WaitForURLAsync("**/werkruimte");
        var refused = await gemeente.GotoAsync(editUrl);
        refused!.Status.ShouldBe(403);
        await Assertions.Expect(gemeente.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Geen toegang");
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(SiteUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
    }
}
