using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using static Beleidsplan.Tests.Lifecycle.LifecycleSteps;

namespace Beleidsplan.Tests.Lifecycle;

[Collection(LifecycleSite.Name)]
public class AdjustmentTests(AppFactory app)
{
    [Fact]
    public async Task An_adjustment_needs_a_reason_makes_a_new_adopted_published_version_and_the_public_site_shows_it_with_the_history()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var slug = await NewPlanAsync(app, new(2028, 2031));
        await RecordedAsync(redacteur, slug, "ontwerp", new() { ["Input.DecidedOn"] = "2027-08-15" });
        await RecordedAsync(redacteur, slug, "vaststelling", new() { ["Input.DecidedOn"] = "2027-11-09", ["Input.VersionNumber"] = "2", ["Input.Reason"] = "Test." });
        await RecordedAsync(redacteur, slug, "inwerkingtreding", new() { ["Input.DecidedOn"] = "2028-01-01" });
        await app.WithDbAsync(async db =>
        {
            var id = await db.Plans.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync();
            return await db.Priorities.Where(p => p.PlanId == id).ExecuteUpdateAsync(u => u.SetProperty(p => p.Title, "Ondermijning en drugs"));
        });

        var (refused, refusal) = await RecordAsync(redacteur, slug, "bijstelling", new() { ["Input.DecidedOn"] = "2029-03-01", ["Input.Reason"] = " " });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        refusal.QuerySelector("#reden-fout")!.TextContent.ShouldStartWith("Geef de reden van de bijstelling");
        (await app.WithDbAsync(db => db.PlanVersions.CountAsync(v => v.Plan!.Slug == slug))).ShouldBe(2);

        const string reason = "Drugs komt bij de prioriteit ondermijning, na de evaluatie van 2028.";
        await RecordedAsync(redacteur, slug, "bijstelling", new() { ["Input.DecidedOn"] = "2029-03-01", ["Input.Reason"] = reason });

        var newest = await app.WithDbAsync(db => db.PlanVersions.Where(v => v.Plan!.Slug == slug).OrderByDescending(v => v.Number).FirstAsync());
        (newest.Number, newest.IsPublished, newest.AdoptedOn, newest.AdoptedBy).ShouldBe((3, true, new DateOnly(2029, 3, 1), "Regionaal Bestuurlijk Overleg Politie"));
        newest.Content().Priorities[0].Title.ShouldBe("Ondermijning en drugs");
        (await app.WithDbAsync(db => db.Plans.Where(p => p.Slug == slug).Select(p => p.Status).SingleAsync())).ShouldBe(PlanStatus.InForce);
        var (_, cover) = await app.GetPageAsync($"/plannen/{slug}");
        cover.QuerySelector("#bijgesteld")!.TextContent.ShouldBe($"Bijgesteld op 1 maart 2029 door Regionaal Bestuurlijk Overleg Politie: {reason}");
        cover.QuerySelector($"a[href='/plannen/{slug}/besluiten']").ShouldNotBeNull();
        var (_, history) = await app.GetPageAsync($"/plannen/{slug}/besluiten");
        var rows = history.QuerySelectorAll("table.decisions-table tbody tr");
        var last = rows[rows.Length - 1].TextContent;
        last.ShouldContain("Bijgesteld");
        last.ShouldContain(reason);
        last.ShouldContain("3. Bijgestelde versie 1 maart 2029");
        var json = await JsonAsync(app, slug);
        json.GetProperty("besluiten").EnumerateArray().Last().GetProperty("soort").GetString().ShouldBe("bijstelling");
        json.GetProperty("besluiten").EnumerateArray().Last().GetProperty("versie").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task An_extension_beyond_four_years_is_recorded_and_the_checklist_marks_the_period_red()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var slug = await NewPlanAsync(app, new(2028, 2031));
        await RecordedAsync(redacteur, slug, "ontwerp", new() { ["Input.DecidedOn"] = "2027-08-15" });
        await RecordedAsync(redacteur, slug, "vaststelling", new() { ["Input.DecidedOn"] = "2027-11-09", ["Input.VersionNumber"] = "2", ["Input.Reason"] = "Test." });
        await RecordedAsync(redacteur, slug, "inwerkingtreding", new() { ["Input.DecidedOn"] = "2028-01-01" });

        var (_, tooShort) = await RecordAsync(redacteur, slug, "verlenging", new() { ["Input.DecidedOn"] = "2031-06-01", ["Input.ExtendedToYear"] = "2031" });
        tooShort.QuerySelector("#jaar-fout")!.TextContent.ShouldBe("Verlengen kan alleen tot na 2031, het huidige laatste jaar.");
        await RecordedAsync(redacteur, slug, "verlenging", new() { ["Input.DecidedOn"] = "2031-06-01", ["Input.ExtendedToYear"] = "2032" });

        var json = await JsonAsync(app, slug);
        json.GetProperty("status").GetString().ShouldBe("verlengd");
        json.GetProperty("periode").GetProperty("verlengdTot").GetInt32().ShouldBe(2032);
        Checklist(json)["periode"].Status.ShouldBe("rood");
        Checklist(json)["periode"].Reason.ShouldContain("verlengd tot en met 2032");
        await RecordedAsync(redacteur, slug, "afsluiting", new() { ["Input.DecidedOn"] = "2033-01-01" });
        var (_, closed) = await redacteur.GetAsync($"{Decisions(slug)}/nieuw/bijstelling");
        closed.QuerySelector("#overgang-fout")!.TextContent.ShouldContain("Een afgesloten plan kan niet meer worden bijgesteld.");
    }
}
