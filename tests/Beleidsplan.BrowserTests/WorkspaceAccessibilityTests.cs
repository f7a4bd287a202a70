using Beleidsplan.BrowserTests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Beleidsplan.BrowserTests;

/// <summary>The workspace meets WCAG 2.1 AA as each kind of user sees it, in every state of its forms.</summary>
[Collection(BrowserSiteDefinition.Name)]
public class WorkspaceAccessibilityTests(BrowserSite site)
{
    private static readonly AxeRunOptions WcagAandAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    [Theory]
    [MemberData(nameof(WorkspacePages.Types), MemberType = typeof(WorkspacePages))]
    public async Task Axe_finds_no_WCAG_2_1_A_or_AA_violation_on_a_desktop_screen(string pageType)
    {
        var page = await WorkspacePages.OpenAsync(site, pageType, width: 1280);

        await ShouldPassAxeAsync(page);

        await CloseAsync(page, pageType);
    }

    [Theory]
    [MemberData(nameof(WorkspacePages.Types), MemberType = typeof(WorkspacePages))]
    public async Task Axe_finds_no_WCAG_2_1_A_or_AA_violation_and_nothing_is_wider_than_a_phone(string pageType)
    {
        var page = await WorkspacePages.OpenAsync(site, pageType, width: 360);

        await ShouldPassAxeAsync(page);
        // Wide tables scroll inside their own .tabel-scroll region; the page itself must not.
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        width.ShouldBeLessThanOrEqualTo(360, $"{page.Url}: {await TooWideAsync(page)}");

        await CloseAsync(page, pageType);
    }

    /// <summary>
    /// The elements that reach furthest to the right, to say where an overflow comes from; inside a table's
    /// scroll frame only those that can escape it (positioned absolutely or fixed).
    /// </summary>
    private static Task<string> TooWideAsync(IPage page) => page.EvaluateAsync<string>("""
        [...document.querySelectorAll('body *')]
            .filter(e => !e.closest('.tabel-scroll') || ['absolute', 'fixed'].includes(getComputedStyle(e).position))
            .map(e => [e.getBoundingClientRect().right, e]).filter(([right]) => right > 360)
            .sort((a, b) => b[0] - a[0]).slice(0, 3)
            .map(([right, e]) => `${Math.round(right)} px: ${e.outerHTML.slice(0, 160)}`).join('\n')
        """);

    private static async Task ShouldPassAxeAsync(IPage page)
    {
        var result = await page.RunAxe(WcagAandAA);

        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n", v.Nodes.Take(5).Select(n => $"    {n.Target}: {n.Html}")));
        result.Violations.ShouldBeEmpty($"{page.Url}:\n{string.Join("\n", violations)}");
    }

    /// <summary>Signed-in sessions are shared between tests; only the second sign-in step has a context of its own.</summary>
    private static async Task CloseAsync(IPage page, string pageType)
    {
        if (pageType == "second-step")
        {
            await page.Context.CloseAsync();
        }
        else
        {
            await page.CloseAsync();
        }
    }
}
