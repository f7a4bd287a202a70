using Beleidsplan.BrowserTests.Infrastructure;

namespace Beleidsplan.BrowserTests;

/// <summary>The Content-Security-Policy blocks nothing the site itself needs: the browser reports no violation.</summary>
[Collection(BrowserSiteDefinition.Name)]
public class ContentSecurityPolicyTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(PublicPages.Types), MemberType = typeof(PublicPages))]
    public async Task The_page_loads_without_a_policy_violation(string pageType)
    {
        var page = await site.NewPageAsync(width: 360);
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        await page.ExposeFunctionAsync("reportViolation", (string text) => violations.Add(text));
        await page.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => window.reportViolation(e.violatedDirective + ' ' + e.blockedURI));");

        await page.GotoAsync(await PublicPages.UrlAsync(site, pageType));
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        violations.ShouldBeEmpty();
        (await page.EvaluateAsync<bool>("getComputedStyle(document.body).fontFamily.length > 0 && document.styleSheets.length >= 3"))
            .ShouldBeTrue("the site's own stylesheets load under the policy");
        await page.Context.CloseAsync();
    }
}
