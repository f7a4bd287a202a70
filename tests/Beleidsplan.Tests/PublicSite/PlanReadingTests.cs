using Beleidsplan.Tests.Infrastructure;

namespace Beleidsplan.Tests.PublicSite;

[Collection(DemoSite.Name)]
public class PlanReadingTests(AppFactory app)
{
    private const string Imv = "/plannen/imv-noord-holland-2024-2027";

    [Fact]
    public async Task Home_page_lists_the_units_and_their_plans_in_Dutch()
    {
        var (response, page) = await app.GetPageAsync("/");

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        page.DocumentElement.GetAttribute("lang").ShouldBe("nl");
        page.QuerySelector("a.skip-link")!.GetAttribute("href").ShouldBe("#inhoud");
        var units = page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();
        units.ShouldContain("Eenheid Noord-Holland");
        units.ShouldContain(u => u.Contains("Noord-Nederland"));
        var planLinks = page.QuerySelectorAll(".card__title a").Select(a => a.GetAttribute("href")).ToList();
        planLinks.ShouldContain(Imv);
        planLinks.ShouldContain("/plannen/imv-noord-holland-2019-2022");
        planLinks.ShouldContain("/plannen/rbp-noord-nederland-2024-2027");
    }

    [Fact]
    public async Task The_IMV_2024_2027_has_its_four_priorities_with_all_sub_themes_in_the_menu()
    {
        var (_, page) = await app.GetPageAsync(Imv);

        page.QuerySelector("h1")!.TextContent.ShouldContain("Integraal Meerjarenbeleidsplan Veiligheid");
        var menu = page.QuerySelectorAll("nav[aria-label='Inhoud van het plan'] a").Select(a => a.TextContent.Trim()).ToList();
        menu.Count(m => m.StartsWith("Prioriteit ", StringComparison.Ordinal)).ShouldBe(4);
        string[] subThemes =
        [
            "Weerbare jeugd", "Drugsproductie en -logistiek", "Criminele geldstromen", "Mensenhandel",
            "Cybercrime", "Gedigitaliseerde criminaliteit", "Online bedreiging en intimidatie",
            "Radicalisering", "Extremisme", "Criminele aanwas",
        ];
        foreach (var subTheme in subThemes)
        {
            menu.ShouldContain(m => m.Equals(subTheme, StringComparison.OrdinalIgnoreCase), $"menu lacks '{subTheme}'");
        }

        page.QuerySelector("nav[aria-label='Inhoud van het plan'] a[aria-current='page']")!.TextContent.ShouldBe("Voorpagina");
    }

    [Fact]
    public async Task Following_next_from_the_cover_reads_every_page_once_with_breadcrumb_and_menu_marked()
    {
        var (_, cover) = await app.GetPageAsync(Imv);
        var menuUrls = cover.QuerySelectorAll("nav[aria-label='Inhoud van het plan'] a").Select(a => a.GetAttribute("href")!).ToList();

        var visited = new List<string> { Imv };
        var next = cover.QuerySelector("a[rel='next']")?.GetAttribute("href");
        string? previousUrl = Imv;
        while (next is not null)
        {
            visited.Count.ShouldBeLessThan(200, "the next links loop");
            var (response, page) = await app.GetPageAsync(next);
            response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, next);
            page.QuerySelector("h1").ShouldNotBeNull(next);
            page.QuerySelector("a[rel='prev']")!.GetAttribute("href").ShouldBe(previousUrl, $"previous link on {next}");
            page.QuerySelector("nav[aria-label='Inhoud van het plan'] a[aria-current='page']")!.GetAttribute("href").ShouldBe(next);
            var crumbs = page.QuerySelectorAll("nav[aria-label='Kruimelpad'] li").ToList();
            crumbs.First().TextContent.Trim().ShouldBe("Home");
            crumbs.Last().GetAttribute("aria-current").ShouldBe("page");
            visited.Add(next);
            previousUrl = next;
            next = page.QuerySelector("a[rel='next']")?.GetAttribute("href");
        }

        visited.ShouldBe(menuUrls);
    }

    [Fact]
    public async Task A_sub_theme_page_shows_its_sections_goals_and_activities()
    {
        var (_, api) = await app.GetPageAsync("/api/v1/plannen/imv-noord-holland-2024-2027");
        var (response, page) = await app.GetPageAsync($"{Imv}/prioriteiten/ondermijning/drugsproductie-en-logistiek");

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, api.Body?.TextContent);
        page.QuerySelector("h1")!.TextContent.ShouldContain("Drugsproductie");
        page.QuerySelectorAll("main h2").Select(h => h.TextContent).ShouldContain("Wat gaan we doen?");
        var activities = page.QuerySelectorAll(".activity").ToList();
        activities.Count.ShouldBe(6);
        activities.ShouldContain(a => a.TextContent.Contains("Drugshub"));
        page.QuerySelector(".lead a")!.GetAttribute("href").ShouldBe($"{Imv}/prioriteiten/ondermijning");
    }

    [Fact]
    public async Task The_measurable_money_laundering_goal_shows_its_target()
    {
        var (_, page) = await app.GetPageAsync($"{Imv}/prioriteiten/ondermijning/criminele-geldstromen");

        var goal = page.QuerySelectorAll(".goal").Single(g => g.QuerySelector(".goal__target") is not null);
        goal.QuerySelector(".goal__target")!.TextContent.ShouldContain("25");
    }

    [Fact]
    public async Task Governance_chapter_lists_the_committees_and_their_members()
    {
        var (_, api) = await app.GetPageAsync("/api/v1/plannen/imv-noord-holland-2024-2027");
        var governance = api.Body!.TextContent;
        governance.ShouldContain("\"soort\":\"bestuur\"");
        var slug = System.Text.Json.JsonDocument.Parse(governance).RootElement.GetProperty("hoofdstukken").EnumerateArray()
            .First(c => c.GetProperty("soort").GetString() == "bestuur").GetProperty("slug").GetString();

        var (_, page) = await app.GetPageAsync($"{Imv}/{slug}");

        var tables = page.QuerySelectorAll("table.members-table").ToList();
        tables.ShouldNotBeEmpty();
        page.Body!.TextContent.ShouldContain("Edam-Volendam");
        page.Body.TextContent.ShouldContain("Velsen");
        page.Body.TextContent.ShouldContain("Hollands Kroon");
    }
}
