using System.Net;
using System.Net.Http.Headers;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Councils;
using Beleidsplan.Web.Domain.Lifecycle;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Councils;

/// <summary>Defects of the tracker found in review: who sets the sending date, future decisions, the decision document's access.</summary>
[Collection(CouncilSite.Name)]
public class HearingFixesTests(AppFactory app)
{
    private async Task<CouncilPlan> SentPlanAsync()
    {
        var plan = await CouncilPlan.CreateAsync(app);
        (await plan.SendAsync(await TestUsers.SignedInAsync(app, Role.Redacteur))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return plan;
    }

    private Task<CouncilHearing> HearingAsync(CouncilPlan plan, string cbsCode) => app.WithDbAsync(db =>
        db.CouncilHearings.AsNoTracking().SingleAsync(h => h.PlanId == plan.PlanId && h.Municipality!.CbsCode == cbsCode));

    /// <summary>Registers "no wishes or objections" with a decision document, as the form posts it.</summary>
    private static async Task<HttpResponseMessage> RegisterWithDocumentAsync(CouncilPlan plan, Browser user, string cbsCode, string content)
    {
        var (_, page) = await user.GetAsync(plan.Hearing(cbsCode));
        using var body = new MultipartFormDataContent();
        var fields = FormSubmission.Values(page);
        fields["Input.Outcome"] = "geen-wensen-en-bedenkingen";
        fields["Input.DecidedOn"] = "2023-09-28";
        foreach (var (name, value) in fields)
        {
            body.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        body.Add(file, "Document", "raadsbesluit.txt");
        return await user.Client.PostAsync(plan.Hearing(cbsCode), body);
    }

    [Fact]
    public async Task A_gemeente_user_cannot_change_or_clear_when_the_draft_was_sent()
    {
        var plan = await SentPlanAsync();
        var gemeente = await TestUsers.SignedInAsync(app, Role.Gemeente, municipality: "Bloemendaal");
        var (_, page) = await gemeente.GetAsync(plan.Hearing(CouncilPlan.Bloemendaal));
        page.QuerySelector("input[name='Input.DraftSentOn']").ShouldBeNull();
        page.QuerySelector(".council-facts")!.TextContent.ShouldContain("15 augustus 2023");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var version = page.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        // Posted by hand: clearing the date would switch off the check below.
        var response = await gemeente.Client.PostAsync(plan.Hearing(CouncilPlan.Bloemendaal), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Version"] = version,
            ["Input.DraftSentOn"] = "",
            ["Input.Outcome"] = "geen-wensen-en-bedenkingen",
            ["Input.DecidedOn"] = "2023-08-01",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var (_, after) = await Browser.ReadAsync(response);
        after.QuerySelector("#Input_DecidedOn-error")!.TextContent.ShouldContain("vóór de verzending van het ontwerp (15 augustus 2023)");
        var hearing = await HearingAsync(plan, CouncilPlan.Bloemendaal);
        hearing.DraftSentOn.ShouldBe(new DateOnly(2023, 8, 15));
        hearing.Outcome.ShouldBeNull();
    }

    [Fact]
    public async Task A_council_decision_dated_after_today_is_refused_at_its_field()
    {
        var plan = await SentPlanAsync();
        var gemeente = await TestUsers.SignedInAsync(app, Role.Gemeente, municipality: "Bloemendaal");
        var future = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3).ToString("yyyy-MM-dd");

        var (response, page) = await plan.RegisterAsync(gemeente, CouncilPlan.Bloemendaal, "geen-wensen-en-bedenkingen", future);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("#Input_DecidedOn-error")!.TextContent.ShouldContain("in de toekomst");
        (await HearingAsync(plan, CouncilPlan.Bloemendaal)).Outcome.ShouldBeNull();
    }

    [Fact]
    public async Task A_councils_decision_document_is_not_among_the_plans_attachments_nor_served_or_deleted_there()
    {
        var plan = await SentPlanAsync();
        var bloemendaal = await TestUsers.SignedInAsync(app, Role.Gemeente, municipality: "Bloemendaal");
        (await RegisterWithDocumentAsync(plan, bloemendaal, CouncilPlan.Bloemendaal, "Raadsbesluit Bloemendaal\n")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var documentId = (await HearingAsync(plan, CouncilPlan.Bloemendaal)).DecisionDocumentId.ShouldNotBeNull();
        var haarlem = await TestUsers.SignedInAsync(app, Role.Gemeente, municipality: "Haarlem");
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var attachments = $"/werkruimte/plannen/{plan.Slug}/bijlagen";

        var (_, list) = await haarlem.GetAsync(attachments);
        var download = await haarlem.Client.GetAsync($"{attachments}/{documentId}");
        var (_, editorList) = await redacteur.GetAsync(attachments);
        var token = editorList.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var delete = await redacteur.Client.PostAsync($"{attachments}?handler=Verwijderen&id={documentId}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        list.QuerySelector("main")!.TextContent.ShouldNotContain("raadsbesluit");
        download.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        delete.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.WithDbAsync(db => db.StoredFiles.AnyAsync(f => f.Id == documentId))).ShouldBeTrue();
        (await haarlem.Client.GetAsync($"{plan.Hearing(CouncilPlan.Bloemendaal)}/besluit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_replaced_decision_document_is_deleted_rather_than_left_among_the_attachments()
    {
        var plan = await SentPlanAsync();
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        (await RegisterWithDocumentAsync(plan, redacteur, CouncilPlan.Texel, "Eerste versie\n")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var first = (await HearingAsync(plan, CouncilPlan.Texel)).DecisionDocumentId.ShouldNotBeNull();

        (await RegisterWithDocumentAsync(plan, redacteur, CouncilPlan.Texel, "Tweede versie\n")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await HearingAsync(plan, CouncilPlan.Texel)).DecisionDocumentId.ShouldNotBe(first);
        (await app.WithDbAsync(db => db.StoredFiles.CountAsync(f => f.PlanId == plan.PlanId))).ShouldBe(1);
    }

    [Fact]
    public async Task A_pending_hearing_no_longer_awaits_the_gemeente_user_once_the_plan_is_adopted()
    {
        var plan = await SentPlanAsync();
        var bloemendaal = await TestUsers.SignedInAsync(app, Role.Gemeente, municipality: "Bloemendaal");
        var (_, before) = await bloemendaal.GetAsync("/werkruimte");
        var link = $"a[href='{plan.Hearing(CouncilPlan.Bloemendaal)}']"; // every test plan has the same title: find this one by its address
        before.QuerySelector(link).ShouldNotBeNull();

        await app.WithDbAsync(db =>
        {
            db.PlanDecisions.Add(new PlanDecision
            {
                PlanId = plan.PlanId,
                Kind = DecisionKind.Adopted,
                DecidedOn = new DateOnly(2023, 12, 1),
                Body = "Regioburgemeesters",
                Reason = "Test: vastgesteld zonder alle raden.",
                FromStatus = PlanStatus.Draft,
                ToStatus = PlanStatus.Adopted,
                RecordedBy = "Test",
                RecordedAt = DateTimeOffset.UtcNow,
            });
            return db.SaveChangesAsync();
        });
        var (_, after) = await bloemendaal.GetAsync("/werkruimte");

        after.QuerySelector(link).ShouldBeNull();
    }

    [Fact]
    public async Task The_legal_check_counts_only_the_units_own_councils()
    {
        var plan = await SentPlanAsync();
        await app.WithDbAsync(async db =>
        {
            var unit = await db.Plans.Where(p => p.Id == plan.PlanId).Select(p => p.PoliceUnitId).SingleAsync();
            var otherUnit = await db.PoliceUnits.Where(u => u.Id != unit).OrderBy(u => u.Id).Select(u => u.Id).FirstAsync();
            var elsewhere = new Municipality { PoliceUnitId = otherUnit, CbsCode = $"GM9{Random.Shared.Next(100, 999)}", Name = "Elders" };
            db.Municipalities.Add(elsewhere);
            db.CouncilHearings.Add(new CouncilHearing { PlanId = plan.PlanId, Municipality = elsewhere, Outcome = CouncilOutcome.View, DecidedOn = new DateOnly(2023, 9, 1) });
            return await db.SaveChangesAsync();
        });

        var (_, page) = await (await TestUsers.SignedInAsync(app, Role.Redacteur)).GetAsync($"/plannen/{plan.Slug}/wettelijke-toets");

        page.QuerySelector("main")!.TextContent.ShouldContain("Tot nu toe zijn 0 van de 32 gemeenteraden gehoord.");
    }

    [Fact]
    public async Task A_chapter_titled_Gemeenteraden_does_not_take_the_slug_of_the_plans_councils_page()
    {
        var plan = await CouncilPlan.CreateAsync(app);
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, form) = await redacteur.GetAsync($"/werkruimte/plannen/{plan.Slug}/hoofdstukken/nieuw");

        var (response, _) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string> { ["Input.Title"] = "Gemeenteraden" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var slug = await app.WithDbAsync(db => db.Chapters.Where(c => c.PlanId == plan.PlanId).Select(c => c.Slug).SingleAsync());
        slug.ShouldNotBe("gemeenteraden");
    }
}
