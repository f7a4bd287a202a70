using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;

namespace Beleidsplan.Tests.Planning;

[Collection(PlanningSite.Name)]
public class TimelineTests(PlanningAppFactory app)
{
    private const string Timeline = $"/werkruimte/plannen/{PlanningData.Plan}/planning";

    [Fact]
    public async Task The_timeline_lists_milestones_by_date_marks_today_and_says_which_are_late()
    {
        var today = TestClock.RealToday.AddDays(20);
        var tag = Guid.NewGuid().ToString("N")[..6];
        // Made out of date order, so the page must sort them.
        await PlanningData.MilestoneAsync(app, $"Later {tag}", today.AddDays(40));
        await PlanningData.MilestoneAsync(app, $"Te laat {tag}", today.AddDays(-3));
        await PlanningData.MilestoneAsync(app, $"Straks {tag}", today.AddDays(5));
        await PlanningData.MilestoneAsync(app, $"Klaar {tag}", today.AddDays(-10), completedOn: today.AddDays(-11));
        app.Clock.SetToday(today);
        try
        {
            var member = await TestUsers.SignedInAsync(app, Role.Gemeente, municipality: "Haarlem");
            var (response, page) = await member.GetAsync(Timeline);

            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var entries = page.QuerySelectorAll("ol.timeline > li")
                .Select(li => li.ClassList.Contains("timeline__today") ? "VANDAAG" : li.QuerySelector("h2")!.TextContent)
                .Where(t => t == "VANDAAG" || t.EndsWith(tag, StringComparison.Ordinal)).ToList();
            entries.ShouldBe([$"Klaar {tag}", $"Te laat {tag}", "VANDAAG", $"Straks {tag}", $"Later {tag}"]);
            State(page, $"Te laat {tag}").ShouldStartWith("Te laat: niet afgerond, de datum is 3 dag(en) verstreken");
            State(page, $"Klaar {tag}").ShouldStartWith("Afgerond: afgerond op");
            State(page, $"Straks {tag}").ShouldBe("Binnenkort");
            State(page, $"Later {tag}").ShouldBe("Gepland");
            page.QuerySelector(".timeline__today")!.TextContent.ShouldContain("Vandaag");
            page.QuerySelector(".notice--warning")!.TextContent.ShouldContain("te laat"); // other tests' milestones may be late too
            page.QuerySelectorAll("a").ShouldNotContain(a => a.TextContent == "Mijlpaal toevoegen", "members read, redacteuren edit");

            // A week later the next one is late too.
            app.Clock.SetToday(today.AddDays(7));
            var later = await TestUsers.SignedInAsync(app, Role.Gemeente, municipality: "Haarlem");
            var (_, laterPage) = await later.GetAsync(Timeline);
            State(laterPage, $"Straks {tag}").ShouldStartWith("Te laat");
        }
        finally
        {
            app.Clock.Reset();
        }
    }

    [Fact]
    public async Task The_demo_plan_has_the_milestones_of_the_regioburgemeesters_letter_all_done()
    {
        var member = await TestUsers.SignedInAsync(app, Role.Bestuurder);
        var (_, page) = await member.GetAsync(Timeline);

        var titles = page.QuerySelectorAll("ol.timeline > li.timeline__item h2").Select(h => h.TextContent).Take(4).ToList();
        titles.ShouldBe(["RBOP stelt de thema's vast", "IMV voor 90% gereed", "Zienswijzen gemeenteraden", "Vaststelling in het RBOP"]);
        page.QuerySelector("time[datetime='2023-11-09']").ShouldNotBeNull();
        State(page, "IMV voor 90% gereed").ShouldStartWith("Afgerond");
        page.QuerySelector("main")!.TextContent.ShouldContain("15 juni is een aanname");
    }

    [Theory]
    [InlineData(Role.Gemeente)]
    [InlineData(Role.Partner)]
    [InlineData(Role.Bestuurder)]
    public async Task Members_who_are_not_redacteur_read_the_timeline_but_cannot_add_or_edit_milestones(Role role)
    {
        var id = await PlanningData.MilestoneAsync(app, "Alleen lezen", TestClock.RealToday.AddDays(30));
        var member = await TestUsers.SignedInAsync(app, role, municipality: role == Role.Gemeente ? "Haarlem" : null);

        (await member.GetAsync(Timeline)).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await member.GetAsync($"{Timeline}/nieuw")).Response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await member.GetAsync($"{Timeline}/{id}")).Response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var token = await Security.Actor.TokenAsync(member);
        var post = await member.Client.PostAsync($"{Timeline}/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Title"] = "Gewijzigd door een lezer",
            ["Input.DueOn"] = "2030-01-01",
        }));
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Someone_of_another_unit_cannot_read_the_timeline()
    {
        var other = await TestUsers.SignedInAsync(app, Role.Redacteur, "noord-nederland");

        (await other.GetAsync(Timeline)).Response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static string State(AngleSharp.Dom.IDocument page, string title) =>
        page.QuerySelectorAll("li.timeline__item").Single(li => li.QuerySelector("h2")!.TextContent == title)
            .QuerySelector(".timeline__state")!.TextContent.Trim();
}
