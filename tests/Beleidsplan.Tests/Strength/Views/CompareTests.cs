using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;

namespace Beleidsplan.Tests.Strength.Views;

[Collection(StrengthViewsSite.Name)]
public class CompareTests(AppFactory app)
{
    private const string Compare = $"/werkruimte/plannen/{StrengthData.Plan}/sterkte/vergelijken";

    [Fact]
    public async Task Compare_shows_a_changed_part_and_names_added_and_removed_parts_only_changed_rows_by_default()
    {
        await StrengthData.FormationAsync(app, new DateOnly(2016, 10, 1), StrengthData.Small);
        var later = StrengthData.Small.Where(r => r.Path != StrengthData.Droc)
            .Select(r => r.Path == StrengthData.DenHelder ? (r.Path, r.Aspirant, r.Wijkagent + 2m, r.Overig) : r)
            .Append((StrengthData.Unit + " > Dienst Infrastructuur", 0m, 0m, 30m)).ToList();
        await StrengthData.FormationAsync(app, new DateOnly(2017, 10, 1), later);
        var partner = await TestUsers.SignedInAsync(app, Role.Partner);

        var (response, page) = await partner.GetAsync($"{Compare}?van=2016-10-01&tot=2017-10-01");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = page.QuerySelectorAll("#vergelijking tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(),
            r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList());
        rows["Basisteam Den Helder"].ShouldBe(["gewijzigd", "4,50", "12,00", "80,25", "96,75", "4,50", "14,00", "80,25", "98,75", "0,00", "+2,00", "0,00", "+2,00"]);
        rows["Dienst Infrastructuur"][0].ShouldBe("nieuw");
        rows["Dienst Infrastructuur"][12].ShouldBe("+30,00");
        rows["Dienst Regionaal Operationeel Centrum"][0].ShouldBe("vervallen");
        rows["Dienst Regionaal Operationeel Centrum"][12].ShouldBe("-120,00");
        rows.ShouldNotContainKey("Basisteam Alkmaar"); // unchanged: only with "alles"
        page.QuerySelector("#nieuwe-onderdelen")!.TextContent.ShouldContain(StrengthData.Unit + " > Dienst Infrastructuur");
        page.QuerySelector("#vervallen-onderdelen")!.TextContent.ShouldContain(StrengthData.Droc);

        var (_, all) = await partner.GetAsync($"{Compare}?van=2016-10-01&tot=2017-10-01&alles=true");
        all.QuerySelectorAll("#vergelijking tbody tr th").Select(t => t.TextContent.Trim()).ShouldContain("Basisteam Alkmaar");
    }

    [Fact]
    public async Task The_projection_at_the_period_end_can_be_the_second_formation()
    {
        await StrengthData.FormationAsync(app, new DateOnly(2023, 10, 1), HermansFormation.Rows, linkToPlan: true);
        var partner = await TestUsers.SignedInAsync(app, Role.Partner);

        var (_, page) = await partner.GetAsync($"{Compare}?van=2023-10-01&tot=projectie");

        page.QuerySelector("#vergelijking caption")!.TextContent.ShouldContain("projectie per 31 december 2027");
        page.QuerySelector("#nieuwe-onderdelen")!.TextContent.ShouldContain("Afdeling Forensische Opsporing / VOA");
    }
}
