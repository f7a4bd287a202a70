using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using static Beleidsplan.Tests.Lifecycle.LifecycleSteps;

namespace Beleidsplan.Tests.Lifecycle;

[Collection(LifecycleSite.Name)]
public class AdoptionTests(AppFactory app)
{
    [Fact]
    public async Task Adoption_is_refused_while_councils_are_not_heard_then_adopts_and_publishes_exactly_the_chosen_version_with_a_reason()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var slug = await NewPlanAsync(app, new(2028, 2031, Versions: 3));
        await RecordedAsync(redacteur, slug, "ontwerp", new() { ["Input.DecidedOn"] = "2027-08-15", ["Input.VersionNumber"] = "2" });
        var total = await MunicipalitiesAsync(app);
        await HearAsync(app, slug, 3, new DateOnly(2027, 10, 10));

        var (refused, refusal) = await RecordAsync(redacteur, slug, "vaststelling", new() { ["Input.DecidedOn"] = "2027-11-09", ["Input.VersionNumber"] = "2" });

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        refusal.QuerySelector("#reden-fout")!.TextContent.ShouldBe($"{total - 3} van de {total} gemeenteraden zijn nog niet gehoord. Geef een reden om toch vast te stellen.");
        refusal.QuerySelector("#raden-stand")!.TextContent.ShouldBe($"3 van de {total} gemeenteraden zijn gehoord.");
        (await app.WithDbAsync(db => db.PlanVersions.AnyAsync(v => v.Plan!.Slug == slug && (v.AdoptedOn != null || v.IsPublished)))).ShouldBeFalse();

        var reason = "De overige raden vergaderen pas na de vaststelling; hun zienswijze komt in de eerste bijstelling.";
        await RecordedAsync(redacteur, slug, "vaststelling", new() { ["Input.DecidedOn"] = "2027-11-09", ["Input.VersionNumber"] = "2", ["Input.Reason"] = reason });

        var versions = await app.WithDbAsync(db => db.PlanVersions.Where(v => v.Plan!.Slug == slug).OrderBy(v => v.Number)
            .Select(v => new { v.Number, v.AdoptedOn, v.AdoptedBy, v.IsPublished }).ToListAsync());
        versions.Single(v => v.AdoptedOn != null).Number.ShouldBe(2);
        versions.Single(v => v.IsPublished).Number.ShouldBe(2);
        versions[1].AdoptedBy.ShouldBe("Regionaal Bestuurlijk Overleg Politie");
        var plan = await app.WithDbAsync(db => db.Plans.SingleAsync(p => p.Slug == slug));
        (plan.Status, plan.AdoptedOn).ShouldBe((PlanStatus.Adopted, new DateOnly(2027, 11, 9)));
        var decision = (await StoredDecisionsAsync(app, slug)).Last();
        decision.Reason.ShouldBe(reason);

        var (_, cover) = await app.GetPageAsync($"/plannen/{slug}");
        cover.QuerySelector(".version-banner--adopted")!.TextContent.ShouldContain("Vastgesteld op 9 november 2027 door Regionaal Bestuurlijk Overleg Politie");
        var (_, history) = await app.GetPageAsync($"/plannen/{slug}/besluiten");
        var rows = history.QuerySelectorAll("table.decisions-table tbody tr").Select(r => r.TextContent).ToList();
        rows.Count.ShouldBe(2);
        rows[1].ShouldContain("Vastgesteld");
        rows[1].ShouldContain(reason);
        history.QuerySelector("table.decisions-table caption").ShouldNotBeNull();
        var json = await JsonAsync(app, slug);
        json.GetProperty("status").GetString().ShouldBe("vastgesteld");
        json.GetProperty("vastgesteldOp").GetString().ShouldBe("2027-11-09");
        var adopted = json.GetProperty("besluiten")[1];
        (adopted.GetProperty("soort").GetString(), adopted.GetProperty("datum").GetString(), adopted.GetProperty("orgaan").GetString(), adopted.GetProperty("versie").GetInt32())
            .ShouldBe(("vaststelling", "2027-11-09", "Regionaal Bestuurlijk Overleg Politie", 2));
        adopted.GetProperty("reden").GetString().ShouldBe(reason);
        Checklist(json)["raden-gehoord"].ShouldBe(("rood", $"3 van de {total} gemeenteraden zijn gehoord vóór de vaststelling op 9 november 2027. Reden om toch vast te stellen: {reason}"));
    }

    [Fact]
    public async Task Adoption_with_every_council_heard_needs_no_reason_and_must_not_predate_its_version()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var slug = await NewPlanAsync(app, new(2028, 2031));
        await RecordedAsync(redacteur, slug, "ontwerp", new() { ["Input.DecidedOn"] = "2027-01-15" });
        await HearAsync(app, slug, 999, new DateOnly(2027, 1, 20));

        var (_, early) = await RecordAsync(redacteur, slug, "vaststelling", new() { ["Input.DecidedOn"] = "2027-01-25", ["Input.VersionNumber"] = "2" });
        early.QuerySelector("#versie-fout")!.TextContent.ShouldStartWith("Deze versie is van 1 februari 2027, na de datum van het besluit");

        await RecordedAsync(redacteur, slug, "vaststelling", new() { ["Input.DecidedOn"] = "2027-02-10", ["Input.VersionNumber"] = "2" });
        Checklist(await JsonAsync(app, slug))["raden-gehoord"].Status.ShouldBe("groen");
    }

    [Fact]
    public async Task The_offer_to_the_Minister_comes_after_adoption_and_is_shown_in_public()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var slug = await NewPlanAsync(app, new(2028, 2031));
        var minister = $"{Decisions(slug)}/minister";
        var (_, form) = await redacteur.GetAsync(minister);
        var (_, beforeAdoption) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string> { ["OfferedOn"] = "2027-10-01" });
        beforeAdoption.QuerySelector("#minister-fout")!.TextContent.ShouldBe("Het plan kan pas aan de minister worden aangeboden nadat het is vastgesteld.");

        await RecordedAsync(redacteur, slug, "ontwerp", new() { ["Input.DecidedOn"] = "2027-08-15" });
        await RecordedAsync(redacteur, slug, "vaststelling", new() { ["Input.DecidedOn"] = "2027-10-20", ["Input.Reason"] = "Test zonder raden." });
        (_, form) = await redacteur.GetAsync(minister);
        var (_, early) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string> { ["OfferedOn"] = "2027-10-01" });
        early.QuerySelector("#minister-fout")!.TextContent.ShouldBe("Deze datum ligt vóór de vaststelling (20 oktober 2027).");
        var (saved, _) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string> { ["OfferedOn"] = "2027-10-30" });

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await JsonAsync(app, slug)).GetProperty("aangebodenAanMinisterOp").GetString().ShouldBe("2027-10-30");
        (await app.GetPageAsync($"/plannen/{slug}/besluiten")).Document.QuerySelector("#minister")!.TextContent
            .ShouldBe("Aangeboden aan de minister van Justitie en Veiligheid op 30 oktober 2027.");
    }
}
