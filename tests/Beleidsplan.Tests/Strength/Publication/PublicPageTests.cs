using System.Net;
using AngleSharp.Dom;
using Beleidsplan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Strength.Publication;

[Collection(PublicationSite.Name)]
public class PublicPageTests(AppFactory app)
{
    private const string Url = "/plannen/imv-noord-holland-2024-2027/sterkteverdeling";

    private async Task<IDocument> PageAsync()
    {
        await TestFormation.EnsureAsync(app);
        var (response, page) = await app.GetPageAsync(Url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return page;
    }

    private static List<string> Cells(IElement row) => row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();

    [Fact]
    public async Task The_units_table_has_a_caption_header_cells_and_right_aligned_Dutch_totals()
    {
        var page = await PageAsync();

        var table = page.QuerySelector("table#tabel-eenheid")!;
        table.QuerySelector("caption")!.TextContent.ShouldBe("Formatie van Eenheid Noord-Holland per onderdeel (fte)");
        table.QuerySelectorAll("thead th").Select(th => (th.TextContent, th.GetAttribute("scope")))
            .ShouldBe([("Onderdeel", "col"), ("aspirant", "col"), ("wijkagent", "col"), ("overig", "col"), ("totaal", "col")]);
        var rows = table.QuerySelectorAll("tbody tr").ToList();
        rows.Select(r => r.QuerySelector("th[scope=row]")!.TextContent).ShouldBe(
            ["Eenheid Noord-Holland (eigen formatie)", "District Noord-Holland-Noord", "District Kennemerland", "Staf regionale eenheid"]);
        Cells(rows[1]).ShouldBe(["10,00", "35,00", "211,50", "256,50"]); // district's own 1,00 plus both basisteams
        var total = table.QuerySelector("tfoot tr")!;
        total.QuerySelector("th")!.TextContent.ShouldBe("Totaal Eenheid Noord-Holland");
        Cells(total).ShouldBe(["22,25", "75,00", "2.334,25", "2.431,50"]);
        table.QuerySelectorAll("td").ShouldAllBe(td => td.ClassList.Contains("num"));
    }

    [Fact]
    public async Task Each_top_part_has_a_table_of_its_parts_with_its_own_positions()
    {
        var page = await PageAsync();

        var tables = page.QuerySelectorAll("table[id^=tabel-onderdeel-]").ToList();
        tables.Select(t => t.QuerySelector("caption")!.TextContent).ShouldBe(["District Noord-Holland-Noord (fte)", "District Kennemerland (fte)"]);
        var nhn = tables[0].QuerySelectorAll("tbody tr").ToList();
        nhn.Select(r => r.QuerySelector("th")!.TextContent).ShouldBe(["District Noord-Holland-Noord (eigen formatie)", "Basisteam Alkmaar", "Basisteam Den Helder"]);
        Cells(nhn[1]).ShouldBe(["10,00", "30,00", "150,50", "190,50"]);
        Cells(tables[1].QuerySelector("tfoot tr")!).ShouldBe(["12,25", "40,00", "2.001,00", "2.053,25"]);
    }

    [Fact]
    public async Task The_chart_has_an_accessible_name_and_the_district_table_as_its_text_alternative()
    {
        var page = await PageAsync();

        var svg = page.QuerySelector("figure.strength-chart svg")!;
        svg.GetAttribute("role").ShouldBe("img");
        page.GetElementById(svg.GetAttribute("aria-labelledby")!)!.TextContent.ShouldBe("Formatie in fte per district en categorie (aspirant, wijkagent, overig)");
        var described = page.GetElementById(svg.GetAttribute("aria-describedby")!)!;
        described.TagName.ShouldBe("TABLE");
        described.QuerySelectorAll("tbody th[scope=row]").Select(th => th.TextContent).ShouldBe(["District Noord-Holland-Noord", "District Kennemerland"]);
        svg.QuerySelectorAll("rect[class*=wijkagent] title").Select(t => t.TextContent).ShouldContain("District Kennemerland, wijkagent: 40,00 fte");
        svg.HasAttribute("style").ShouldBeFalse();
        page.QuerySelectorAll("main [style], main script").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_planned_changes_and_their_totals_per_decision_are_shown()
    {
        var page = await PageAsync();

        page.QuerySelectorAll("#tabel-wijzigingen tbody tr").Length.ShouldBe(3);
        page.QuerySelector("#tabel-wijzigingen tbody tr")!.TextContent.ShouldContain("in de planperiode");
        page.QuerySelectorAll("#tabel-besluiten tbody tr").Select(r => (r.QuerySelector("th")!.TextContent, r.QuerySelector("td.num")!.TextContent))
            .ShouldBe([("Motie Hermans: 55 fte voor Noord-Holland", "55,00"), ("Van Ginkel-gelden voor de Operationele Centra", "10,00")]);
    }

    [Fact]
    public async Task The_norm_check_shows_unknown_where_the_demo_lacks_inhabitants()
    {
        var page = await PageAsync();

        var rows = page.QuerySelectorAll("#tabel-norm tbody tr").ToList();
        rows.Count.ShouldBe(1 + 3 + 10);
        var unit = rows[0];
        unit.QuerySelector("th")!.TextContent.ShouldBe("Eenheid Noord-Holland");
        unit.TextContent.ShouldContain("Onbekend"); // eight demo municipalities have no figure
        unit.TextContent.ShouldContain("Het aantal inwoners is onbekend van");
        rows.Count(r => r.TextContent.Contains("Onbekend", StringComparison.Ordinal)).ShouldBeGreaterThan(1);
        var hoorn = rows.Single(r => r.QuerySelector("th")!.TextContent == "Basisteam Hoorn");
        hoorn.TextContent.ShouldContain("Geen onderdeel van de formatie is hieraan gekoppeld");
    }

    [Fact]
    public async Task A_plan_without_a_formation_or_without_a_published_version_has_no_page()
    {
        await TestFormation.EnsureAsync(app);

        (await app.GetPageAsync("/plannen/imv-noord-holland-2019-2022/sterkteverdeling")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await app.WithDbAsync(async db =>
        {
            var plan = await db.Plans.SingleAsync(p => p.Slug == "rbp-noord-nederland-2024-2027");
            return await db.PlanVersions.Where(v => v.PlanId == plan.Id).ExecuteUpdateAsync(v => v.SetProperty(x => x.IsPublished, false));
        });
        (await app.GetPageAsync("/plannen/rbp-noord-nederland-2024-2027/sterkteverdeling")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.GetPageAsync("/api/v1/plannen/imv-noord-holland-2019-2022/sterkteverdeling")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_strength_chapter_and_the_plan_tools_link_to_the_page()
    {
        await TestFormation.EnsureAsync(app);

        var (_, chapter) = await app.GetPageAsync("/plannen/imv-noord-holland-2024-2027/verdeling-politiesterkte");

        chapter.QuerySelector("p.strength-link a")!.GetAttribute("href").ShouldBe(Url);
        chapter.QuerySelectorAll(".plan-tools__links a").Select(a => a.GetAttribute("href")).ShouldContain(Url);
    }
}
