using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Accounts;

namespace Beleidsplan.Tests.Councils;

[Collection(CouncilSite.Name)]
public class PublicCouncilsTests(AppFactory app)
{
    [Fact]
    public async Task The_public_site_shows_which_councils_were_heard_on_a_draft_plan_and_follows_a_new_registration()
    {
        var plan = await CouncilPlan.CreateAsync(app, PlanStatus.Draft);
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        await plan.SendAsync(redacteur);
        await plan.RegisterAsync(redacteur, CouncilPlan.Bloemendaal, "geen-wensen-en-bedenkingen", "2023-09-28");
        var (before, page) = await app.GetPageAsync(plan.Public);
        before.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("table caption")!.TextContent.ShouldBe("Gemeenteraden en hun besluit over het ontwerp");
        page.QuerySelectorAll("thead th[scope=col]").Length.ShouldBe(5);
        page.QuerySelector($"tr[data-cbs={CouncilPlan.Bloemendaal}]")!.TextContent.ShouldContain("Geen wensen en bedenkingen");
        page.QuerySelector(".council-counts")!.TextContent.ShouldContain("1 van 32 gehoord");
        var (_, cover) = await app.GetPageAsync($"/plannen/{plan.Slug}");
        cover.QuerySelector($"a[href='{plan.Public}']").ShouldNotBeNull();

        await plan.RegisterAsync(redacteur, CouncilPlan.Haarlem, "zienswijze", "2023-10-03", "Zienswijze van Haarlem.");

        var (_, after) = await app.GetPageAsync(plan.Public);
        after.QuerySelector(".council-counts")!.TextContent.ShouldContain("2 van 32 gehoord");
        after.QuerySelector($"tr[data-cbs={CouncilPlan.Haarlem}]")!.TextContent.ShouldContain("Zienswijze van Haarlem.");
    }

    [Fact]
    public async Task A_plan_in_preparation_shows_no_councils()
    {
        var plan = await CouncilPlan.CreateAsync(app, PlanStatus.Preparation);

        var (response, _) = await app.GetPageAsync(plan.Public);
        var (_, cover) = await app.GetPageAsync($"/plannen/{plan.Slug}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        cover.QuerySelector($"a[href='{plan.Public}']").ShouldBeNull();
    }
}
