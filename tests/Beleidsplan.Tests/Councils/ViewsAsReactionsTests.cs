using System.Net;
using System.Net.Http.Headers;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Consultation;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Councils;

[Collection(CouncilSite.Name)]
public class ViewsAsReactionsTests(AppFactory app)
{
    [Fact]
    public async Task A_view_is_a_reaction_of_the_council_in_the_councils_round_handled_in_the_register()
    {
        var plan = await CouncilPlan.CreateAsync(app);
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        await plan.SendAsync(redacteur);
        var gemeente = await TestUsers.SignedInAsync(app, Role.Gemeente, municipality: "Bloemendaal");

        await plan.RegisterAsync(gemeente, CouncilPlan.Bloemendaal, "zienswijze", "2023-09-28", "De raad vraagt meer aandacht voor de kust.");

        var (hearing, reaction) = await app.WithDbAsync(async db =>
        {
            var h = await db.CouncilHearings.AsNoTracking().SingleAsync(x => x.PlanId == plan.PlanId && x.Municipality!.CbsCode == CouncilPlan.Bloemendaal);
            return (h, await db.Reactions.AsNoTracking().SingleAsync(r => r.Id == h.ReactionId));
        });
        reaction.RoundId.ShouldBe(hearing.RoundId!.Value);
        reaction.RespondentName.ShouldBe("Gemeenteraad Bloemendaal");
        reaction.OrganisationName.ShouldBe("Gemeente Bloemendaal");
        reaction.ReceivedOn.ShouldBe(new DateOnly(2023, 9, 28));
        reaction.Text.ShouldContain("De raad vraagt meer aandacht voor de kust.");
        var (response, register) = await redacteur.GetAsync($"/werkruimte/plannen/{plan.Slug}/consultatie/{hearing.RoundId}/reacties");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        register.QuerySelector("main")!.TextContent.ShouldContain("Gemeenteraad Bloemendaal");
        var (_, report) = await redacteur.GetAsync($"/werkruimte/plannen/{plan.Slug}/consultatie/{hearing.RoundId}/reactienota");
        report.QuerySelector("main")!.TextContent.ShouldContain("De raad vraagt meer aandacht voor de kust.");
    }

    [Fact]
    public async Task A_changed_view_is_recorded_as_a_new_reaction_and_the_earlier_one_is_kept_as_replaced()
    {
        var plan = await CouncilPlan.CreateAsync(app);
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        await plan.SendAsync(redacteur);
        await plan.RegisterAsync(redacteur, CouncilPlan.Haarlem, "wensen-en-bedenkingen", "2023-10-03", "Eerste tekst van de raad.");

        await plan.RegisterAsync(redacteur, CouncilPlan.Haarlem, "wensen-en-bedenkingen", "2023-10-03", "Verbeterde tekst van de raad.");

        var reactions = await app.WithDbAsync(db => db.Reactions.AsNoTracking().Where(r => r.PlanId == plan.PlanId).OrderBy(r => r.Id).ToListAsync());
        reactions.Count.ShouldBe(2);
        reactions[0].Text.ShouldContain("Eerste tekst van de raad.");
        reactions[0].Handling.ShouldBe(HandlingStatus.Noted);
        reactions[0].HandlingNote!.ShouldContain("Vervangen");
        reactions[1].Text.ShouldContain("Verbeterde tekst van de raad.");
        reactions[1].Handling.ShouldBeNull();
        var hearing = await app.WithDbAsync(db => db.CouncilHearings.AsNoTracking().SingleAsync(h => h.PlanId == plan.PlanId && h.ReactionId != null));
        hearing.ReactionId.ShouldBe(reactions[1].Id);
    }

    [Fact]
    public async Task The_decision_document_is_stored_with_the_hearing_and_the_reaction()
    {
        var plan = await CouncilPlan.CreateAsync(app);
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        await plan.SendAsync(redacteur);
        var (_, page) = await redacteur.GetAsync(plan.Hearing(CouncilPlan.Haarlem));
        using var body = new MultipartFormDataContent();
        var fields = FormSubmission.Values(page);
        fields["Input.Outcome"] = "zienswijze";
        fields["Input.DecidedOn"] = "2023-10-03";
        fields["Input.OutcomeText"] = "Zienswijze met besluit.";
        foreach (var (name, value) in fields)
        {
            body.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent("Raadsbesluit Haarlem\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        body.Add(file, "Document", "raadsbesluit.txt");

        var response = await redacteur.Client.PostAsync(plan.Hearing(CouncilPlan.Haarlem), body);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var hearing = await app.WithDbAsync(db => db.CouncilHearings.AsNoTracking().Include(h => h.Reaction).SingleAsync(h => h.PlanId == plan.PlanId && h.ReactionId != null));
        hearing.DecisionDocumentId.ShouldNotBeNull();
        hearing.Reaction!.AttachmentId.ShouldBe(hearing.DecisionDocumentId);
        var download = await redacteur.Client.GetAsync($"{plan.Hearing(CouncilPlan.Haarlem)}/besluit");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsStringAsync()).ShouldBe("Raadsbesluit Haarlem\n");
    }
}
