using Beleidsplan.BrowserTests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Beleidsplan.BrowserTests;

[Collection(BrowserSiteDefinition.Name)]
public class AccessibilityTests(BrowserSite site)
{
    private static readonly AxeRunOptions WcagAandAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    [Theory]
    [MemberData(nameof(PublicPages.Types), MemberType = typeof(PublicPages))]
    public async Task Axe_finds_no_WCAG_2_1_A_or_AA_violation_on_a_desktop_screen(string pageType)
    {
        await ShouldPassAxeAsync(pageType, width: 1280);
    }

    [Theory]
    [MemberData(nameof(PublicPages.Types), MemberType = typeof(PublicPages))]
    public async Task Axe_finds_no_WCAG_2_1_A_or_AA_violation_on_a_phone(string pageType)
    {
        await ShouldPassAxeAsync(pageType, width: 360);
    }

    private async Task ShouldPassAxeAsync(string pageType, int width)
    {
        var page = await site.NewPageAsync(width);
        var response = await page.GotoAsync(await PublicPages.UrlAsync(site, pageType));
        response.ShouldNotBeNull();

        var result = await page.RunAxe(WcagAandAA);

        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n", v.Nodes.Take(5).Select(n => $"    {n.Target}: {n.Html}")));
        result.Violations.ShouldBeEmpty($"{page.Url}:\n{string.Join("\n", violations)}");
        await page.Context.CloseAsync();
    }
}
