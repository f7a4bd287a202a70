using System.Net;
using Beleidsplan.Tests.Consultation.Register;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;

namespace Beleidsplan.Tests.Councils;

[Collection(CouncilSite.Name)]
public class OverviewTests(AppFactory app)
{
    private async Task<(CouncilPlan Plan, Browser Redacteur)> ThreeHeardAsync()
    {
        var plan = await CouncilPlan.CreateAsync(app);
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        await plan.SendAsync(redacteur);
        await plan.RegisterAsync(redacteur, CouncilPlan.Bloemendaal, "geen-wensen-en-bedenkingen", "2023-09-28");
        await plan.RegisterAsync(redacteur, CouncilPlan.Haarlem, "wensen-en-bedenkingen", "2023-10-03", "Wensen van Haarlem.");
        await plan.RegisterAsync(redacteur, CouncilPlan.Texel, "geen-wensen-en-bedenkingen", "2023-10-26");
        return (plan, redacteur);
    }

    [Fact]
    public async Task The_overview_counts_the_councils_heard_and_groups_them_by_district_and_basisteam()
    {
        var (plan, _) = await ThreeHeardAsync();
        var bestuurder = await TestUsers.SignedInAsync(app, Role.Bestuurder);

        var (response, page) = await bestuurder.GetAsync(plan.Overview);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var counts = page.QuerySelector("#council-counts")!.TextContent;
        counts.ShouldContain("3 van 32 gehoord");
        counts.ShouldContain("29 termijn verstreken"); // the deadline of 15 October 2023 has passed
        page.QuerySelectorAll("section.council-district h2").Select(h => h.TextContent.Trim()).ShouldBe(
        [
            "Noord-Holland-Noord (1 van 16 gehoord)", "Zaanstreek-Waterland (0 van 7 gehoord)", "Kennemerland (2 van 9 gehoord)",
        ]);
        page.QuerySelectorAll("tr.council-row").Length.ShouldBe(32);
        page.QuerySelector($"tr[data-cbs={CouncilPlan.Bloemendaal}]")!.TextContent.ShouldContain("Kennemer Kust");
        page.QuerySelectorAll("tr.council-row a").Length.ShouldBe(0); // a bestuurder reads; registering is for others

        var (_, team) = await bestuurder.GetAsync($"{plan.Overview}?district=Kennemerland&basisteam=Kennemer%20Kust");
        team.QuerySelectorAll("tr.council-row").Select(r => r.QuerySelector("th")!.TextContent.Trim()).ShouldBe(["Bloemendaal", "Heemstede", "Zandvoort"]);
        team.QuerySelector("#council-counts")!.TextContent.ShouldContain("1 van 3 gehoord"); // the top counts follow the filter
        team.QuerySelector("#council-counts")!.TextContent.ShouldContain("2 termijn verstreken");
        page.QuerySelectorAll("section.council-district .council-district__counts")[2].TextContent
            .ShouldBe("2 van 9 gehoord · 0 nog niet gehoord · 7 termijn verstreken");
        page.QuerySelectorAll("li.council-team").Select(t => t.TextContent.Trim()).ShouldContain("Basisteam Kennemer Kust: 1 van 3 gehoord · 0 nog niet gehoord · 2 termijn verstreken");
    }

    [Fact]
    public async Task A_gemeente_user_sees_every_council_but_a_link_to_register_only_their_own()
    {
        var (plan, _) = await ThreeHeardAsync();
        var gemeente = await TestUsers.SignedInAsync(app, Role.Gemeente, municipality: "Heemstede");

        var (_, page) = await gemeente.GetAsync(plan.Overview);

        page.QuerySelectorAll("tr.council-row").Length.ShouldBe(32);
        page.QuerySelectorAll("tr.council-row a").Select(a => a.GetAttribute("href")).ShouldBe([plan.Hearing("GM0397")]);
    }

    [Fact]
    public async Task The_xlsx_export_has_a_row_per_municipality()
    {
        var (plan, redacteur) = await ThreeHeardAsync();

        var response = await redacteur.Client.GetAsync($"{plan.Overview}.xlsx");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = Workbook.Read(await response.Content.ReadAsByteArrayAsync()).Rows("Gemeenteraden");
        rows.Count.ShouldBe(33);
        rows[0][0].ShouldBe("CBS-code");
        var haarlem = rows.Single(r => r[0] == CouncilPlan.Haarlem);
        haarlem[1].ShouldBe("Haarlem");
        haarlem[4].ShouldBe("Gehoord");
        haarlem[8].ShouldBe("Wensen en bedenkingen");
        haarlem[11].ShouldBe("Wensen van Haarlem.");
        rows.Single(r => r[0] == CouncilPlan.Texel)[10].ShouldBe("ja");
        var totals = Workbook.Read(await response.Content.ReadAsByteArrayAsync()).Rows("Totalen");
        totals.Single(r => r[0] == "Eenheid").Skip(2).ShouldBe(["32", "3", "1", "0", "29"]);
        totals.Single(r => r[0] == "District" && r[1] == "Kennemerland").Skip(2).ShouldBe(["9", "2", "0", "0", "7"]);
        totals.Single(r => r[0] == "Basisteam" && r[1] == "Kennemer Kust").Skip(2).ShouldBe(["3", "1", "0", "0", "2"]);
    }
}
