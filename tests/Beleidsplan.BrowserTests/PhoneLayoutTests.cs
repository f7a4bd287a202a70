using Beleidsplan.BrowserTests.Infrastructure;

namespace Beleidsplan.BrowserTests;

/// <summary>A council member reads the plan on a 360 px wide phone.</summary>
[Collection(BrowserSiteDefinition.Name)]
public class PhoneLayoutTests(BrowserSite site)
{
    [Fact]
    public async Task No_page_of_the_plan_is_wider_than_a_360_px_phone()
    {
        var page = await site.NewPageAsync(width: 360, height: 740);
        await page.GotoAsync(PublicPages.Imv);
        var urls = await page.Locator("nav[aria-label='Inhoud van het plan'] a").EvaluateAllAsync<string[]>(
            "links => links.map(a => a.getAttribute('href'))");
        string[] others = ["/", $"{PublicPages.Imv}/zoeken?q=politie", $"{PublicPages.Imv}/afdrukken", "/plannen/rbp-noord-nederland-2024-2027"];

        var tooWide = new List<string>();
        foreach (var url in urls.Concat(others))
        {
            await page.GotoAsync(url);
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (width > 360)
            {
                tooWide.Add($"{url}: {width} px");
            }
        }

        urls.Length.ShouldBeGreaterThan(15);
        tooWide.ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_menu_starts_closed_and_opens_from_the_keyboard()
    {
        var page = await site.NewPageAsync(width: 360, height: 740);
        await page.GotoAsync(PublicPages.Imv);
        var firstLink = page.Locator("nav[aria-label='Inhoud van het plan'] a").First;
        (await firstLink.IsVisibleAsync()).ShouldBeFalse();

        await page.Locator("summary.plan-nav__summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        (await firstLink.IsVisibleAsync()).ShouldBeTrue();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_wide_screen_the_menu_stands_open_beside_the_text()
    {
        var page = await site.NewPageAsync(width: 1280);
        await page.GotoAsync(PublicPages.Imv);

        var menu = await page.Locator("nav[aria-label='Inhoud van het plan']").BoundingBoxAsync();
        var content = await page.Locator("main").BoundingBoxAsync();

        menu.ShouldNotBeNull();
        content.ShouldNotBeNull();
        (menu.X + menu.Width).ShouldBeLessThanOrEqualTo(content.X);
        await page.Context.CloseAsync();
    }
}
