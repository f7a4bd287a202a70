using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Strength;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Strength.Views;

[Collection(StrengthViewsSite.Name)]
public class FormationPageTests(AppFactory app)
{
    private const string Overview = $"/werkruimte/plannen/{StrengthData.Plan}/sterkte";

    private static FormationFinding Finding() => new()
    {
        Kind = FindingKind.RowTotalDiffers,
        Table = "Diensten",
        Line = 112,
        NodeName = "Afdeling Analyse en Onderzoek",
        Column = FteColumn.Totaal,
        Published = 58.26m,
        Computed = 58.25m,
        Message = "De rij Afdeling Analyse en Onderzoek telt op tot 58,25, maar het gepubliceerde totaal is 58,26.",
    };

    [Fact]
    public async Task The_tree_shows_own_and_computed_totals_per_part_and_the_findings()
    {
        await StrengthData.FormationAsync(app, new DateOnly(2020, 10, 1), StrengthData.Small, findings: Finding());
        var partner = await TestUsers.SignedInAsync(app, Role.Partner);

        var (response, page) = await partner.GetAsync($"{Overview}/formaties/2020-10-01");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var tree = page.QuerySelector("table.strength-tree")!;
        tree.QuerySelector("caption")!.TextContent.ShouldContain("Formatie per 1 oktober 2020");
        var rows = tree.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        rows.Count.ShouldBe(7);
        // Unit: own 0 / 0 / 1 / 1, total incl. everything below it.
        rows[0].ShouldBe(["Eenheid Noord-Holland", "Eenheid", "0,00", "0,00", "1,00", "1,00", "10,50", "32,00", "954,59", "997,09"]);
        rows[1].ShouldBe(["District Noord-Holland-Noord", "District", "0,00", "0,00", "1,00", "1,00", "10,50", "32,00", "232,00", "274,50"]);
        rows[5][0].ShouldBe("Afdeling Recherche Expertise");
        tree.QuerySelectorAll("tbody th[scope=row]").Length.ShouldBe(7);
        tree.QuerySelectorAll("tbody tr")[2].QuerySelector("th")!.ClassName.ShouldBe("strength-depth-2");
        tree.QuerySelectorAll("tbody td.num").Length.ShouldBe(7 * 8);
        page.QuerySelector("#eenheidstotaal")!.TextContent.ShouldContain("997,09");

        var finding = page.QuerySelector("#bevindingen-tabel tbody tr")!.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList();
        finding.ShouldBe(["Rijtotaal klopt niet", "Diensten", "112", "Afdeling Analyse en Onderzoek", "totaal", "58,26", "58,25", "+0,01",
            "De rij Afdeling Analyse en Onderzoek telt op tot 58,25, maar het gepubliceerde totaal is 58,26."]);
    }

    [Theory]
    [InlineData("1999-10-01")]
    [InlineData("1-10-2023")]
    [InlineData("niets")]
    public async Task An_unknown_or_malformed_date_is_not_found(string date)
    {
        var partner = await TestUsers.SignedInAsync(app, Role.Partner);

        var (response, _) = await partner.GetAsync($"{Overview}/formaties/{date}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_overview_lists_formations_with_unit_totals_and_a_redacteur_chooses_the_plans_formation()
    {
        var id = await StrengthData.FormationAsync(app, new DateOnly(2021, 10, 1), StrengthData.Small, findings: Finding());
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);

        var (_, page) = await redacteur.GetAsync(Overview);
        var row = page.QuerySelectorAll("#formaties tbody tr").Single(r => r.TextContent.Contains("1 oktober 2021", StringComparison.Ordinal));
        row.QuerySelectorAll("td.num").Select(c => c.TextContent.Trim()).ShouldBe(["1", "10,50", "32,00", "954,59", "997,09"]);

        var (response, _) = await redacteur.SubmitAllAsync(page, new Dictionary<string, string> { ["ChosenFormationId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.Plans.Where(p => p.Slug == StrengthData.Plan).Select(p => p.StrengthFormationId).SingleAsync())).ShouldBe(id);
        var (_, after) = await redacteur.GetAsync(Overview);
        after.QuerySelector("#plan-formatie")!.TextContent.ShouldContain("1 oktober 2021");
        (await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.ItemType == "Plan" && a.Changes!.Contains("StrengthFormationId")))).ShouldBeTrue();
    }

    [Fact]
    public async Task A_gemeente_user_sees_the_overview_but_cannot_choose_the_formation()
    {
        var gemeente = await TestUsers.SignedInAsync(app, Role.Gemeente, municipality: "Haarlem");
        var (response, page) = await gemeente.GetAsync(Overview);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("main form").ShouldBeNull();

        var token = await Security.Actor.TokenAsync(gemeente);
        var posted = await gemeente.Client.PostAsync(Overview, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["ChosenFormationId"] = "1",
        }));

        posted.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
