using System.Net;
using System.Net.Http.Headers;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using static Beleidsplan.Tests.Lifecycle.LifecycleSteps;

namespace Beleidsplan.Tests.Lifecycle;

[Collection(LifecycleSite.Name)]
public class DecisionInputTests(AppFactory app)
{
    [Fact]
    public async Task Control_characters_in_the_body_and_the_reason_are_left_out_instead_of_failing_the_save()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var slug = await NewPlanAsync(app, new(2028, 2031));

        var (_, form) = await redacteur.GetAsync($"{Decisions(slug)}/nieuw/ontwerp");

        var (response, page) = await redacteur.SubmitMultipartAsync(form, new Dictionary<string, string> // the form's enctype: NUL gets through
        {
            ["Input.DecidedOn"] = "2027-08-15",
            ["Input.Body"] = "Regionaal\u0000 Bestuurlijk Overleg Politie",
            ["Input.Reason"] = "Op tijd\u0001 voor de\u0000 raden.",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, page.QuerySelector("main")?.TextContent);

        var decision = (await StoredDecisionsAsync(app, slug)).ShouldHaveSingleItem();
        (decision.Body, decision.Reason).ShouldBe(("Regionaal Bestuurlijk Overleg Politie", "Op tijd voor de raden."));
    }

    [Fact]
    public async Task The_draft_plan_decision_requires_the_version_sent_to_the_mayors()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var slug = await NewPlanAsync(app, new(2028, 2031));
        var empty = await NewPlanAsync(app, new(2028, 2031, Versions: 0));

        var (response, page) = await RecordAsync(redacteur, slug, "ontwerp", new() { ["Input.DecidedOn"] = "2027-08-15", ["Input.VersionNumber"] = "" });
        var (_, emptyPage) = await RecordAsync(redacteur, empty, "ontwerp", new() { ["Input.DecidedOn"] = "2027-08-15" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("#versie-fout")!.TextContent.ShouldBe("Kies de versie die als ontwerpplan naar de burgemeesters gaat.");
        page.QuerySelectorAll("#Input_VersionNumber option").Select(o => o.GetAttribute("value")).ShouldBe(["1", "2"]);
        emptyPage.QuerySelector("#versie-fout")!.TextContent.ShouldBe("Er is nog geen vastgelegde versie. Leg eerst de werktekst vast als versie.");
        (await StoredDecisionsAsync(app, slug)).ShouldBeEmpty();
        (await StoredDecisionsAsync(app, empty)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Councils_that_decided_after_the_adoption_date_do_not_count_as_heard_before_it()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var slug = await NewPlanAsync(app, new(2028, 2031));
        await RecordedAsync(redacteur, slug, "ontwerp", new() { ["Input.DecidedOn"] = "2027-08-15" });
        var total = await HearAsync(app, slug, 999, new DateOnly(2027, 11, 20));

        var (refused, page) = await RecordAsync(redacteur, slug, "vaststelling", new() { ["Input.DecidedOn"] = "2027-11-09", ["Input.VersionNumber"] = "2" });

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("#reden-fout")!.TextContent.ShouldBe($"{total} van de {total} gemeenteraden zijn nog niet gehoord. Geef een reden om toch vast te stellen.");
        await RecordedAsync(redacteur, slug, "vaststelling", new() { ["Input.DecidedOn"] = "2027-11-20", ["Input.VersionNumber"] = "2" });
    }

    [Fact]
    public async Task A_unit_without_municipalities_has_no_council_heard_so_adoption_needs_a_reason()
    {
        var unitSlug = $"leeg-{Guid.NewGuid():N}"[..20];
        var slug = await NewPlanAsync(app, new(2028, 2031));
        await app.WithDbAsync(async db =>
        {
            var unit = new PoliceUnit { Slug = unitSlug, Name = $"Eenheid {unitSlug}" };
            db.PoliceUnits.Add(unit);
            await db.SaveChangesAsync();
            (await db.Plans.SingleAsync(p => p.Slug == slug)).PoliceUnitId = unit.Id;
            return await db.SaveChangesAsync();
        });
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur, unitSlug);
        await RecordedAsync(redacteur, slug, "ontwerp", new() { ["Input.DecidedOn"] = "2027-08-15" });

        var (refused, page) = await RecordAsync(redacteur, slug, "vaststelling", new() { ["Input.DecidedOn"] = "2027-11-09" });

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("#reden-fout")!.TextContent.ShouldBe("Bij deze eenheid zijn geen gemeenten bekend, dus geen gemeenteraad is gehoord. Geef een reden om toch vast te stellen.");
        await RecordedAsync(redacteur, slug, "vaststelling", new() { ["Input.DecidedOn"] = "2027-11-09", ["Input.Reason"] = "Geen gemeenten in deze testeenheid." });
    }

    [Fact]
    public async Task A_decision_document_is_not_left_behind_when_the_decision_fails_to_save()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var slug = await NewPlanAsync(app, new(2028, 2031));
        var planId = await app.WithDbAsync(db => db.Plans.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());
        await FailingDecisionsAsync(create: true); // the database refuses a decision taken by "Mislukt", as it would a concurrent one
        try
        {
            var (_, form) = await redacteur.GetAsync($"{Decisions(slug)}/nieuw/ontwerp");
            using var body = new MultipartFormDataContent();
            foreach (var (name, value) in FormSubmission.Values(form))
            {
                body.Add(new StringContent(name == "Input.Body" ? "Mislukt" : value), name);
            }

            var file = new ByteArrayContent("Besluitenlijst RBOP\n"u8.ToArray());
            file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            body.Add(file, "Input.Document", "besluitenlijst.txt");

            var response = await redacteur.Client.PostAsync($"{Decisions(slug)}/nieuw/ontwerp", body);

            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await response.Content.ReadAsStringAsync()).ShouldContain("Er is niets opgeslagen");
            (await StoredDecisionsAsync(app, slug)).ShouldBeEmpty();
            (await app.WithDbAsync(db => db.StoredFiles.AnyAsync(f => f.PlanId == planId))).ShouldBeFalse();
        }
        finally
        {
            await FailingDecisionsAsync(create: false);
        }
    }

    private Task<int> FailingDecisionsAsync(bool create) => app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
        (app.Provider, create) switch
        {
            (DatabaseProvider.Sqlite, true) => "CREATE TRIGGER fail_decision BEFORE INSERT ON PlanDecisions WHEN NEW.Body = 'Mislukt' BEGIN SELECT RAISE(ABORT, 'test'); END;",
            (DatabaseProvider.Sqlite, false) => "DROP TRIGGER fail_decision;",
            (_, true) => """
                CREATE FUNCTION fail_decision() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW."Body" = 'Mislukt' THEN RAISE EXCEPTION 'test'; END IF; RETURN NEW; END $$;
                CREATE TRIGGER fail_decision BEFORE INSERT ON "PlanDecisions" FOR EACH ROW EXECUTE FUNCTION fail_decision();
                """,
            (_, false) => """DROP TRIGGER fail_decision ON "PlanDecisions"; DROP FUNCTION fail_decision();""",
        }));
}
