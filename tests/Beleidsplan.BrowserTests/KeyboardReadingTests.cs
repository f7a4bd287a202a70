using Beleidsplan.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Beleidsplan.BrowserTests;

/// <summary>Someone who cannot use a mouse reads the whole plan with Tab and Enter only.</summary>
[Collection(BrowserSiteDefinition.Name)]
public class KeyboardReadingTests(BrowserSite site)
{
    private const string FocusedIsVisiblyOutlined = """
        () => {
            const el = document.activeElement;
            if (!el || el === document.body) return 'nothing has focus';
            const style = getComputedStyle(el);
            const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
            const shadowed = style.boxShadow && style.boxShadow !== 'none';
            return outlined || shadowed ? '' : `${el.outerHTML.slice(0, 120)} has no visible focus indicator`;
        }
        """;

    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_moves_focus_to_the_content()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(PublicPages.Imv);

        await page.Keyboard.PressAsync("Tab");
        var skipLink = page.Locator(":focus");
        (await skipLink.TextContentAsync()).ShouldBe("Direct naar de inhoud");
        (await skipLink.IsVisibleAsync()).ShouldBeTrue();
        (await page.EvaluateAsync<string>(FocusedIsVisiblyOutlined)).ShouldBeEmpty();

        await page.Keyboard.PressAsync("Enter");

        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("inhoud");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task From_the_home_page_the_whole_plan_is_read_with_Tab_and_Enter_only()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        await SkipToContentAsync(page);
        await TabToAsync(page, $"main a[href='{PublicPages.Imv}']");
        await FollowAsync(page, PublicPages.Imv);
        var menu = await page.Locator("nav[aria-label='Inhoud van het plan'] a").EvaluateAllAsync<string[]>(
            "links => links.map(a => a.getAttribute('href'))");

        var read = new List<string> { PublicPages.Imv };
        while (await page.Locator("a[rel='next']").CountAsync() > 0)
        {
            read.Count.ShouldBeLessThan(200, "the next links loop");
            var expected = await page.Locator("a[rel='next']").GetAttributeAsync("href");
            await SkipToContentAsync(page);
            await TabToAsync(page, "a[rel='next']");
            await FollowAsync(page, expected!);
            (await page.Locator("h1").TextContentAsync()).ShouldNotBeNullOrWhiteSpace();
            read.Add(expected!);
        }

        read.ShouldBe(menu);
        await page.Context.CloseAsync();
    }

    private static async Task SkipToContentAsync(IPage page)
    {
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.className")).ShouldBe("skip-link");
        await page.Keyboard.PressAsync("Enter");
    }

    /// <summary>Presses Tab until the focused element matches, checking that every stop shows its focus.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var stops = 0; stops < 400; stops++)
        {
            await page.Keyboard.PressAsync("Tab");
            (await page.EvaluateAsync<string>(FocusedIsVisiblyOutlined)).ShouldBeEmpty(page.Url);
            if (await page.EvaluateAsync<bool>("s => document.activeElement.matches(s)", selector))
            {
                return;
            }
        }

        throw new ShouldAssertException($"{selector} was not reached with Tab on {page.Url}");
    }

    /// <summary>Presses Enter on the focused link and waits until the browser shows the page at path.</summary>
    /// <remarks>
    /// The wait starts before the key is pressed: starting it afterwards can miss a navigation that is
    /// already done, which happened on a loaded CI machine.
    /// </remarks>
    private static async Task FollowAsync(IPage page, string path)
    {
        var arrived = page.WaitForURLAsync(
            url => new Uri(url).PathAndQuery == path,
            new PageWaitForURLOptions { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
        await page.Keyboard.PressAsync("Enter");
        await arrived;
    }
}
