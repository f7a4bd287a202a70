using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;

namespace Beleidsplan.Tests.Strength.Publication;

[Collection(PublicationSite.Name)]
public class NormPageTests(AppFactory app)
{
    [Fact]
    public async Task A_member_sees_the_norm_per_level_with_the_unknowns_of_the_demo()
    {
        await TestFormation.EnsureAsync(app);
        var gemeente = await TestUsers.SignedInAsync(app, Role.Gemeente, municipality: "Haarlem");

        var (response, page) = await gemeente.GetAsync("/werkruimte/plannen/imv-noord-holland-2024-2027/sterkte/norm");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("main")!.TextContent.ShouldContain("peildatum 1 oktober 2023");
        var rows = page.QuerySelectorAll("#tabel-norm tbody tr").ToList();
        rows.Select(r => r.QuerySelector("td")!.TextContent).Distinct().ShouldBe(["Eenheid", "District", "Basisteam"]);
        var alkmaar = rows.Single(r => r.QuerySelector("th")!.TextContent == "Basisteam Alkmaar");
        alkmaar.QuerySelectorAll("td.num").Select(c => c.TextContent).Skip(2).First().ShouldBe("30,00"); // its wijkagenten
        rows.ShouldContain(r => r.TextContent.Contains("Het aantal inwoners is onbekend van", StringComparison.Ordinal));
        page.QuerySelector("a[href$='/sterkte/inwoners']").ShouldBeNull(); // importing is for redacteuren
    }

    [Fact]
    public async Task A_plan_without_a_formation_shows_every_level_unknown()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);

        var (_, page) = await redacteur.GetAsync("/werkruimte/plannen/imv-noord-holland-2019-2022/sterkte/norm");

        page.QuerySelector("[role=status]")!.TextContent.ShouldContain("Er is geen formatie aan het plan gekoppeld");
        page.QuerySelectorAll("#tabel-norm tbody tr").ShouldAllBe(r => r.TextContent.Contains("Onbekend"));
    }
}
