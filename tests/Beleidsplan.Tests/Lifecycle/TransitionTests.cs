using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using static Beleidsplan.Tests.Lifecycle.LifecycleSteps;

namespace Beleidsplan.Tests.Lifecycle;

[Collection(LifecycleSite.Name)]
public class TransitionTests(AppFactory app)
{
    [Fact]
    public async Task Steps_the_law_orders_cannot_be_skipped_and_the_refusal_says_why()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var slug = await NewPlanAsync(app, new(2028, 2031));

        var (_, adoption) = await redacteur.GetAsync($"{Decisions(slug)}/nieuw/vaststelling");
        var (_, inForce) = await redacteur.GetAsync($"{Decisions(slug)}/nieuw/inwerkingtreding");
        var (_, adjustment) = await redacteur.GetAsync($"{Decisions(slug)}/nieuw/bijstelling");
        var (unknown, _) = await redacteur.GetAsync($"{Decisions(slug)}/nieuw/iets-anders");

        adoption.QuerySelector("#overgang-fout")!.TextContent.ShouldContain("Vaststellen kan pas nadat het ontwerpplan naar de burgemeesters is gegaan");
        adoption.QuerySelector("main form").ShouldBeNull();
        inForce.QuerySelector("#overgang-fout")!.TextContent.ShouldContain("Een plan treedt pas in werking nadat het is vastgesteld.");
        adjustment.QuerySelector("#overgang-fout")!.TextContent.ShouldContain("Bijstellen kan alleen tijdens de looptijd");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Consultation may be skipped: straight from preparation to the draft plan, naming the version sent.
        await RecordedAsync(redacteur, slug, "ontwerp", new() { ["Input.DecidedOn"] = "2027-08-15", ["Input.Body"] = "Regioburgemeester", ["Input.VersionNumber"] = "2" });
        var (_, concept) = await redacteur.GetAsync($"{Decisions(slug)}/nieuw/concept");
        concept.QuerySelector("#overgang-fout")!.TextContent.ShouldContain("Een concept gaat alleen in consultatie vóór het ontwerpplan");
        var (_, list) = await redacteur.GetAsync($"{Decisions(slug)}?vastgelegd=ontwerp");
        list.QuerySelector("main [role=status]").ShouldNotBeNull(list.Source.Text);
        list.QuerySelector("main [role=status]")!.TextContent.ShouldContain("Ontwerpplan vrijgegeven voor de gemeenteraden");
        var row = list.QuerySelector("table.decisions-table tbody tr")!.TextContent;
        row.ShouldContain("15 augustus 2027");
        row.ShouldContain("2. Versie 2");
        var stored = await StoredDecisionsAsync(app, slug);
        stored.ShouldHaveSingleItem().ToStatus.ShouldBe(PlanStatus.Draft);
        stored[0].FromStatus.ShouldBe(PlanStatus.Preparation);
    }

    [Fact]
    public async Task Bad_input_gets_a_Dutch_message_at_its_field_and_nothing_is_stored()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var slug = await NewPlanAsync(app, new(2028, 2031));
        await RecordedAsync(redacteur, slug, "concept", new() { ["Input.DecidedOn"] = "2027-06-15" });

        var (missing, missingPage) = await RecordAsync(redacteur, slug, "ontwerp", new() { ["Input.DecidedOn"] = "", ["Input.Body"] = " " });
        var (_, invalidPage) = await RecordAsync(redacteur, slug, "ontwerp", new() { ["Input.DecidedOn"] = "31-02-2027" });
        var (_, earlyPage) = await RecordAsync(redacteur, slug, "ontwerp", new() { ["Input.DecidedOn"] = "2027-06-01" });
        var (_, versionPage) = await RecordAsync(redacteur, slug, "ontwerp", new() { ["Input.VersionNumber"] = "99" });

        missing.StatusCode.ShouldBe(HttpStatusCode.OK);
        missingPage.QuerySelector("#datum-fout")!.TextContent.ShouldBe("Vul een datum in.");
        missingPage.QuerySelector("#orgaan-fout")!.TextContent.ShouldStartWith("Vul in wie het besluit nam");
        invalidPage.QuerySelector("#datum-fout")!.TextContent.ShouldStartWith("Vul een geldige datum in");
        earlyPage.QuerySelector("#datum-fout")!.TextContent.ShouldBe("Deze datum ligt vóór het vorige besluit (concept vrijgegeven voor consultatie op 15 juni 2027).");
        versionPage.QuerySelector("#versie-fout")!.TextContent.ShouldStartWith("Deze versie bestaat niet");
        (await StoredDecisionsAsync(app, slug)).Count.ShouldBe(1);
        (await app.WithDbAsync(db => db.Plans.Where(p => p.Slug == slug).Select(p => p.Status).SingleAsync())).ShouldBe(PlanStatus.Consultation);
    }

    [Fact]
    public async Task A_double_click_records_the_decision_once_and_a_stale_form_is_refused()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var slug = await NewPlanAsync(app, new(2028, 2031));
        var (_, form) = await redacteur.GetAsync($"{Decisions(slug)}/nieuw/concept");
        var (_, other) = await redacteur.GetAsync($"{Decisions(slug)}/nieuw/ontwerp");

        var first = await redacteur.SubmitAllAsync(form, new Dictionary<string, string> { ["Input.DecidedOn"] = "2027-06-15" });
        var second = await redacteur.SubmitAllAsync(form, new Dictionary<string, string> { ["Input.DecidedOn"] = "2027-06-15" });
        var stale = await redacteur.SubmitAllAsync(other, new Dictionary<string, string> { ["Input.DecidedOn"] = "2027-08-15" });

        first.Response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        second.Response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        stale.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        stale.Page.QuerySelector("#overgang-fout")!.TextContent.ShouldContain("Intussen is er een ander besluit vastgelegd");
        (await StoredDecisionsAsync(app, slug)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Only_redacteuren_record_decisions()
    {
        var slug = await NewPlanAsync(app, new(2028, 2031));
        foreach (var (role, municipality) in new[] { (Role.Gemeente, (string?)"Haarlem"), (Role.Partner, null), (Role.Bestuurder, null) })
        {
            var user = await TestUsers.SignedInAsync(app, role, municipality: municipality);
            (await user.GetAsync(Decisions(slug))).Response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await user.GetAsync($"{Decisions(slug)}/nieuw/concept")).Response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await user.GetAsync($"{Decisions(slug)}/minister")).Response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await user.GetAsync($"/werkruimte/plannen/{slug}/wettelijke-toets")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var other = await TestUsers.SignedInAsync(app, Role.Redacteur, "noord-nederland");
        (await other.GetAsync($"{Decisions(slug)}/nieuw/concept")).Response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(Decisions(slug))).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }
}
