using System.Net;
using System.Text;
using Beleidsplan.Tests.Infrastructure;

namespace Beleidsplan.Tests.PublicSite;

[Collection(DemoSite.Name)]
public class PdfTests(AppFactory app)
{
    [Fact]
    public async Task The_plan_downloads_as_one_pdf_printed_from_its_print_page()
    {
        var response = await app.CreateClient().GetAsync("/plannen/imv-noord-holland-2024-2027/pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Encoding.ASCII.GetString(bytes, 0, 5).ShouldBe("%PDF-");
        var pages = System.Text.RegularExpressions.Regex.Count(Encoding.Latin1.GetString(bytes), @"/Type\s*/Page\b(?!s)");
        pages.ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task The_print_page_holds_the_whole_plan()
    {
        var (_, page) = await app.GetPageAsync("/plannen/imv-noord-holland-2024-2027/afdrukken");

        page.QuerySelectorAll(".print-section").Length.ShouldBeGreaterThan(15);
        page.QuerySelectorAll(".print-toc a").Length.ShouldBe(page.QuerySelectorAll(".print-section").Length);
        page.Body!.TextContent.ShouldContain("Drugshub");
    }
}

public class WithoutChromiumFactory : AppFactory
{
    protected override IReadOnlyDictionary<string, string> Settings =>
        new Dictionary<string, string> { ["Pdf:ChromiumPath"] = "/pad/bestaat/niet/chromium" };
}

public class WithoutChromiumTests(WithoutChromiumFactory app) : IClassFixture<WithoutChromiumFactory>
{
    [Fact]
    public async Task Without_Chromium_the_site_runs_and_says_plainly_that_PDF_is_unavailable()
    {
        var (pageResponse, page) = await app.GetPageAsync("/plannen/imv-noord-holland-2024-2027");
        var pdf = await app.CreateClient().GetAsync("/plannen/imv-noord-holland-2024-2027/pdf");

        pageResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldNotContain("/plannen/imv-noord-holland-2024-2027/pdf");
        page.QuerySelector(".plan-tools__note")!.TextContent.ShouldContain("geen Chromium");
        pdf.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await pdf.Content.ReadAsStringAsync()).ShouldContain("Chromium niet geïnstalleerd");
    }
}
