using System.Net;
using Beleidsplan.Tests.Infrastructure;

namespace Beleidsplan.Tests.PublicSite;

[Collection(DemoSite.Name)]
public class BadInputTests(AppFactory app)
{
    private const string Imv = "/plannen/imv-noord-holland-2024-2027";

    [Theory]
    [InlineData("/plannen/bestaat-niet")]
    [InlineData("/bestaat/niet/echt")]
    [InlineData("/plannen/bestaat-niet/zoeken?q=drugs")]
    public async Task Unknown_addresses_get_the_Dutch_404_page_with_a_way_home(string url)
    {
        var (response, page) = await app.GetPageAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        page.QuerySelector("h1")!.TextContent.ShouldBe("Pagina niet gevonden");
        page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ShouldContain("/");
        page.DocumentElement.GetAttribute("lang").ShouldBe("nl");
    }

    [Theory]
    [InlineData("/hoofdstuk-bestaat-niet")]
    [InlineData("/prioriteiten/bestaat-niet")]
    [InlineData("/prioriteiten/ondermijning/bestaat-niet")]
    public async Task An_unknown_page_of_a_known_plan_offers_the_way_back_to_that_plan(string path)
    {
        var (response, page) = await app.GetPageAsync(Imv + path);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ShouldContain(Imv);
    }

    [Fact]
    public async Task Search_finds_a_sub_project_and_shows_it_in_context()
    {
        var (response, page) = await app.GetPageAsync($"{Imv}/zoeken?q=drugshub");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var results = page.QuerySelectorAll(".search-result").ToList();
        results.ShouldNotBeEmpty();
        results.First().QuerySelector("a")!.GetAttribute("href").ShouldBe($"{Imv}/prioriteiten/ondermijning/drugsproductie-en-logistiek");
        results.First().QuerySelector("mark")!.TextContent.ShouldBe("Drugshub", StringCompareShould.IgnoreCase);
    }

    [Fact]
    public async Task Search_ignores_case_and_accents()
    {
        var (_, plain) = await app.GetPageAsync($"{Imv}/zoeken?q=CYBERCRIME");
        var (_, accented) = await app.GetPageAsync($"{Imv}/zoeken?q=cybercrimé");

        plain.QuerySelectorAll(".search-result").Length.ShouldBeGreaterThan(0);
        accented.QuerySelectorAll(".search-result").Length.ShouldBe(plain.QuerySelectorAll(".search-result").Length);
    }

    [Theory]
    [InlineData("", "Vul een zoekterm in.")]
    [InlineData("%20%20", "Vul een zoekterm in.")]
    [InlineData("a", "ten minste twee")]
    [InlineData("%22%2A%28%29", "ten minste twee")]
    public async Task A_search_that_cannot_be_done_says_why(string query, string message)
    {
        var (response, page) = await app.GetPageAsync($"{Imv}/zoeken?q={query}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("[role='alert']")!.TextContent.ShouldContain(message);
    }

    [Fact]
    public async Task A_very_long_query_gets_a_clear_message_not_an_error()
    {
        var (response, page) = await app.GetPageAsync($"{Imv}/zoeken?q={new string('x', 5000)}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("[role='alert']")!.TextContent.ShouldContain("te lang");
    }

    [Fact]
    public async Task Markup_in_a_query_is_shown_as_text()
    {
        var (response, page) = await app.GetPageAsync($"{Imv}/zoeken?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%EF%BF%BF");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelectorAll("main script").ShouldBeEmpty();
        page.QuerySelector("[role='status']")!.TextContent.ShouldContain("Geen resultaten");
    }

    [Fact]
    public async Task A_control_character_in_a_query_is_a_bad_request_with_the_Dutch_page()
    {
        var (response, page) = await app.GetPageAsync($"{Imv}/zoeken?q=politie%00");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest); // no form sends one; PostgreSQL would refuse it in text
        page.QuerySelector("main h1")!.TextContent.ShouldBe("Niet gelukt");
    }
}
