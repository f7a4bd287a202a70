using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Startup;

namespace Beleidsplan.Tests.PublicSite;

[Collection(DemoSite.Name)]
public class SecurityHeaderTests(AppFactory app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/plannen/imv-noord-holland-2024-2027")]
    [InlineData("/plannen/imv-noord-holland-2024-2027/prioriteiten/ondermijning")]
    [InlineData("/plannen/imv-noord-holland-2024-2027/zoeken?q=drugs")]
    [InlineData("/plannen/bestaat-niet")]
    [InlineData("/api/v1/plannen")]
    [InlineData("/health")]
    [InlineData("/css/site.css")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var response = await app.CreateClient().GetAsync(url);

        var headers = response.Headers;
        headers.GetValues("Content-Security-Policy").Single().ShouldBe(SecurityHeaders.ContentSecurityPolicy);
        SecurityHeaders.ContentSecurityPolicy.ShouldContain("script-src 'self';");
        SecurityHeaders.ContentSecurityPolicy.ShouldContain("frame-ancestors 'none'");
        SecurityHeaders.ContentSecurityPolicy.ShouldNotContain("unsafe-inline");
        headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin");
    }

    [Fact]
    public async Task Over_https_the_browser_is_told_to_keep_using_https()
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://beleidsplan.example.nl"),
        });

        var response = await client.GetAsync("/");

        response.Headers.GetValues("Strict-Transport-Security").Single().ShouldBe("max-age=31536000; includeSubDomains");
    }

    [Fact]
    public async Task Public_pages_have_no_inline_script_or_style_that_the_policy_would_block()
    {
        foreach (var url in new[] { "/", "/plannen/imv-noord-holland-2024-2027/formatie-districten", "/plannen/imv-noord-holland-2024-2027/afdrukken" })
        {
            var (_, page) = await app.GetPageAsync(url);

            page.QuerySelectorAll("script:not([src])").ShouldBeEmpty(url);
            page.QuerySelectorAll("[style]").ShouldBeEmpty(url);
            page.QuerySelectorAll("style").ShouldBeEmpty(url);
            page.QuerySelectorAll("*").SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)).ShouldBeEmpty(url);
        }
    }
}
