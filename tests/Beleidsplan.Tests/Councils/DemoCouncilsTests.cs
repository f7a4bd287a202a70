using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Domain.Councils;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Councils;

/// <summary>The demo's councils' round for the IMV 2024-2027, read as shipped (these tests change nothing).</summary>
[Collection(CouncilSite.Name)]
public class DemoCouncilsTests(AppFactory app)
{
    private const string Plan = "imv-noord-holland-2024-2027";

    [Fact]
    public async Task The_demo_plan_heard_all_32_councils_Bloemendaal_as_in_its_council_proposal()
    {
        var hearings = await app.WithDbAsync(db => db.CouncilHearings.AsNoTracking().Include(h => h.Municipality).Include(h => h.Round)
            .Where(h => h.Round!.Plan!.Slug == Plan).ToListAsync());

        hearings.Count.ShouldBe(32);
        hearings.ShouldAllBe(h => h.Outcome != null && h.DecidedOn < new DateOnly(2023, 11, 9) && h.DraftSentOn == new DateOnly(2023, 8, 15));
        hearings.Select(h => h.RoundId).Distinct().ShouldHaveSingleItem();
        var round = hearings[0].Round!;
        round.Purpose.ShouldBe(RoundPurpose.CouncilHearing);
        round.Deadline.ShouldBe(new DateOnly(2023, 10, 15));
        var bloemendaal = hearings.Single(h => h.Municipality!.CbsCode == "GM0377");
        bloemendaal.Outcome.ShouldBe(CouncilOutcome.NoWishesOrObjections);
        bloemendaal.OutcomeText!.ShouldContain("22 augustus 2023");
        hearings.Where(h => h.Municipality!.CbsCode != "GM0377").ShouldAllBe(h => h.OutcomeText!.StartsWith("Demovoorbeeld"));
        hearings.Count(h => h.ReactionId != null).ShouldBe(hearings.Count(h => h.Outcome != CouncilOutcome.NoWishesOrObjections));
        hearings.Count(h => h.ReactionId != null).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_demo_plans_public_page_lists_the_councils_heard()
    {
        var (response, page) = await app.GetPageAsync($"/plannen/{Plan}/gemeenteraden");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector(".council-counts")!.TextContent.ShouldContain("32 van 32 gehoord");
        page.QuerySelector("tr[data-cbs=GM0377]")!.TextContent.ShouldContain("Geen wensen en bedenkingen");
        page.QuerySelector("tr[data-cbs=GM0448]")!.TextContent.ShouldContain("Te laat");
    }

    [Fact]
    public async Task Open_data_gives_the_councils_heard_with_Dutch_field_names()
    {
        var client = app.CreateClient();

        var response = await client.GetAsync($"/api/v1/plannen/{Plan}/gemeenteraden");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        root.GetProperty("gehoord").GetInt32().ShouldBe(32);
        root.GetProperty("termijn").GetString().ShouldBe("2023-10-15");
        var bloemendaal = root.GetProperty("gemeenteraden").EnumerateArray().Single(c => c.GetProperty("cbsCode").GetString() == "GM0377");
        bloemendaal.GetProperty("uitkomst").GetString().ShouldBe("geen-wensen-en-bedenkingen");
        bloemendaal.GetProperty("stand").GetString().ShouldBe("gehoord");
        (await client.GetAsync("/api/v1/plannen/bestaat-niet/gemeenteraden")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
