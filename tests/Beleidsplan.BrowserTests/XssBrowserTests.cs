using System.Text.RegularExpressions;
using Beleidsplan.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Beleidsplan.BrowserTests;

/// <summary>
/// Script typed into the real forms stays text in a real browser, on every public and workspace page
/// that shows it. The HTTP tests check the markup; this checks what the browser actually runs. The
/// items are made in the previous plan, which no other browser test reads in detail, and removed again.
/// </summary>
[Collection(BrowserSiteDefinition.Name)]
public partial class XssBrowserTests(BrowserSite site)
{
    private const string Plan = "imv-noord-holland-2019-2022";
    private const string Script = "<script>window.__xss=1</script>";
    private const string Attribute = "\"><img src=x onerror=\"window.__xss=1\">";
    private const string Link = "[klik](javascript:window.__xss=1)";
    private const string Svg = "<svg onload=window.__xss=1>";
    private static readonly string Markdown = string.Join("\n\n", Script, Attribute, Link, Svg);

    private readonly List<string> dialogs = [];
    private readonly List<string> violations = [];

    [Fact]
    public async Task Payloads_in_a_new_chapter_and_sub_theme_stay_inert_text_on_every_page_that_shows_them()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var chapterTitle = $"XSS-hoofdstuk {marker} {Script} {Attribute} {Svg} {Link}";
        var subThemeTitle = $"XSS-deelthema {marker} {Script} {Attribute} {Svg} {Link}";
        var page = await NewWatchedPageAsync();
        var dashboard = $"/werkruimte/plannen/{Plan}";
        var made = new List<(string Kind, string Id)>();
        int? published = null;
        try
        {
            await page.GotoAsync(dashboard);
            await page.GetByRole(AriaRole.Link, new() { Name = "Hoofdstuk toevoegen" }).ClickAsync();
            var chapter = await SaveNewAsync(page, chapterTitle);
            made.Add(("hoofdstuk", chapter.Id));

            await page.GotoAsync(dashboard);
            await page.GetByRole(AriaRole.Link, new() { Name = "Deelthema toevoegen" }).First.ClickAsync();
            var subTheme = await SaveNewAsync(page, subThemeTitle);
            made.Add(("deelthema", subTheme.Id));

            published = await SiteVersions.PublishedAsync(site, Plan);
            await SiteVersions.FreezeAndPublishAsync(page, Plan, $"XSS-versie {Script}");
            await page.GotoAsync($"/plannen/{Plan}");
            await ShouldBeInertAsync(page, page.GetByRole(AriaRole.Link, new() { Name = $"XSS-hoofdstuk {marker}" }));
            await page.GetByRole(AriaRole.Link, new() { Name = $"XSS-hoofdstuk {marker}" }).First.ClickAsync();
            await ShouldBeInertAsync(page, page.GetByRole(AriaRole.Heading, new() { Level = 1 }).GetByText(Svg));
            await ShouldBeInertAsync(page, page.Locator("main").GetByText(Script));
            await page.GotoAsync($"/plannen/{Plan}");
            await page.GetByRole(AriaRole.Link, new() { Name = $"XSS-deelthema {marker}" }).First.ClickAsync();
            await ShouldBeInertAsync(page, page.GetByRole(AriaRole.Heading, new() { Level = 1 }).GetByText(Svg));
            await page.GotoAsync($"/plannen/{Plan}/zoeken?q={marker}");
            await ShouldBeInertAsync(page, page.GetByRole(AriaRole.Link, new() { Name = $"XSS-deelthema {marker}" }));
            await page.GotoAsync($"/plannen/{Plan}/afdrukken");
            await ShouldBeInertAsync(page, page.GetByText(Attribute));

            await page.GotoAsync(dashboard);
            await ShouldBeInertAsync(page, page.GetByText($"XSS-deelthema {marker}"));
            foreach (var url in new[] { chapter.Url, subTheme.Url })
            {
                await page.GotoAsync(url);
                await ShouldBeInertAsync(page, page.GetByLabel("Titel"));
                await page.GetByRole(AriaRole.Button, new() { Name = "Voorbeeld bekijken" }).ClickAsync();
                await ShouldBeInertAsync(page, page.Locator("section.preview").GetByText(Svg));
            }

            await page.GotoAsync($"{dashboard}/geschiedenis");
            await ShouldBeInertAsync(page, page.Locator("tr.history-entry ins").GetByText(Script));
        }
        finally
        {
            if (published is { } number)
            {
                await SiteVersions.RepublishAsync(site, Plan, number);
            }

            await DeleteAsync(page, dashboard, made);
            await page.Context.CloseAsync();
        }
    }

    /// <summary>A page of a freshly signed-in redacteur that records dialogs and policy violations.</summary>
    private async Task<IPage> NewWatchedPageAsync()
    {
        var redacteur = await WorkspaceUsers.SignInNewAsync(site, WorkspaceUsers.Redacteur);
        await redacteur.Context.ExposeFunctionAsync("reportViolation", (string text) => violations.Add(text));
        await redacteur.Context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => window.reportViolation(e.violatedDirective + ' ' + e.blockedURI));");
        var page = await redacteur.NewPageAsync(1280);
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add($"{dialog.Type}: {dialog.Message}");
            _ = dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        return page;
    }

    /// <summary>Fills the title and every Markdown field of a new item and saves it; returns its id and edit address.</summary>
    private static async Task<(string Id, string Url)> SaveNewAsync(IPage page, string title)
    {
        await page.GetByLabel("Titel").FillAsync(title);
        foreach (var field in await page.Locator("form textarea").AllAsync())
        {
            await field.FillAsync(Markdown);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Opgeslagen");
        var url = page.Url.Split('?')[0];
        return (ItemId().Match(url).Groups[1].Value, url);
    }

    private async Task ShouldBeInertAsync(IPage page, ILocator shownAsText)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Assertions.Expect(shownAsText.First).ToBeVisibleAsync();
        (await page.EvaluateAsync<bool>("typeof window.__xss === 'undefined'")).ShouldBeTrue(page.Url);
        var activeElements = await page.EvaluateAsync<int>(
            "document.querySelectorAll('body [onerror], body [onload], body svg[onload], a[href^=\"javascript:\" i], script:not([src])').length");
        activeElements.ShouldBe(0, $"{page.Url}: elements that could run the payload");
        dialogs.ShouldBeEmpty(page.Url);
        violations.ShouldBeEmpty(page.Url);
    }

    /// <summary>Removes what the test made through the delete confirmation, as a redacteur would.</summary>
    private static async Task DeleteAsync(IPage page, string dashboard, List<(string Kind, string Id)> made)
    {
        foreach (var (kind, id) in Enumerable.Reverse(made))
        {
            await page.GotoAsync(dashboard);
            await page.Locator($"#{kind}-{id}").GetByRole(AriaRole.Link, new() { Name = "Verwijderen" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Ja, verwijderen" }).ClickAsync();
            await page.GotoAsync(dashboard);
            await Assertions.Expect(page.Locator($"#{kind}-{id}")).ToHaveCountAsync(0);
        }
    }

    [GeneratedRegex(@"/(\d+)$")]
    private static partial Regex ItemId();
}
