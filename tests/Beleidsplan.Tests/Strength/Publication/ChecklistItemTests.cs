using Beleidsplan.Tests.Infrastructure;

namespace Beleidsplan.Tests.Strength.Publication;

[Collection(PublicationSite.Name)]
public class ChecklistItemTests(AppFactory app)
{
    [Fact]
    public async Task The_strength_item_is_green_from_the_formation_with_its_date_and_names_norm_shortfalls_and_unknowns()
    {
        await TestFormation.EnsureAsync(app);

        var (_, page) = await app.GetPageAsync("/plannen/imv-noord-holland-2024-2027/wettelijke-toets");

        var item = page.QuerySelector("#toets-sterkteverdeling")!;
        item.QuerySelector(".check-status")!.TextContent.ShouldBe("Voldaan");
        var text = item.TextContent;
        text.ShouldContain("Het plan is gebaseerd op de formatie per 1 oktober 2023 (2.431,50 fte), waarvan 75,00 fte wijkagent.");
        text.ShouldContain("Wijkagentnorm onbekend bij Eenheid Noord-Holland");
        text.ShouldContain("Basisteam Hoorn");
        item.QuerySelector("a[href='/plannen/imv-noord-holland-2024-2027/sterkteverdeling']").ShouldNotBeNull();
    }
}
