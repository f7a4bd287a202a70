using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Councils;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Councils;

[Collection(CouncilSite.Name)]
public class RegistrationTests(AppFactory app)
{
    private async Task<CouncilPlan> SentPlanAsync()
    {
        var plan = await CouncilPlan.CreateAsync(app);
        (await plan.SendAsync(await TestUsers.SignedInAsync(app, Role.Redacteur))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return plan;
    }

    private Task<CouncilHearing> HearingAsync(CouncilPlan plan, string cbsCode) => app.WithDbAsync(db =>
        db.CouncilHearings.AsNoTracking().SingleAsync(h => h.PlanId == plan.PlanId && h.Municipality!.CbsCode == cbsCode));

    [Fact]
    public async Task A_gemeente_user_registers_their_own_councils_outcome()
    {
        var plan = await SentPlanAsync();
        var gemeente = await TestUsers.SignedInAsync(app, Role.Gemeente, municipality: "Bloemendaal");

        var (response, _) = await plan.RegisterAsync(gemeente, CouncilPlan.Bloemendaal, "geen-wensen-en-bedenkingen", "2023-09-28");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"{plan.Hearing(CouncilPlan.Bloemendaal)}?opgeslagen=1");
        var hearing = await HearingAsync(plan, CouncilPlan.Bloemendaal);
        hearing.Outcome.ShouldBe(CouncilOutcome.NoWishesOrObjections);
        hearing.DecidedOn.ShouldBe(new DateOnly(2023, 9, 28));
        hearing.RegisteredBy.ShouldBe("Test Gemeente");
        hearing.RegisteredAt.ShouldNotBeNull();
        hearing.ReactionId.ShouldBeNull();
    }

    [Fact]
    public async Task A_gemeente_user_is_refused_another_municipalitys_council_on_reading_and_on_saving()
    {
        var plan = await SentPlanAsync();
        var gemeente = await TestUsers.SignedInAsync(app, Role.Gemeente, municipality: "Bloemendaal");
        var (_, ownPage) = await gemeente.GetAsync(plan.Hearing(CouncilPlan.Bloemendaal));
        var token = ownPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var (read, _) = await gemeente.GetAsync(plan.Hearing(CouncilPlan.Haarlem));
        var saved = await gemeente.Client.PostAsync(plan.Hearing(CouncilPlan.Haarlem), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Version"] = "0",
            ["Input.Outcome"] = "zienswijze",
            ["Input.DecidedOn"] = "2023-09-28",
            ["Input.OutcomeText"] = "Niet van deze gemeente.",
        }));

        read.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        saved.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await HearingAsync(plan, CouncilPlan.Haarlem)).Outcome.ShouldBeNull();
        var (overview, _) = await gemeente.GetAsync(plan.Overview);
        overview.StatusCode.ShouldBe(HttpStatusCode.OK); // the overview is for every member; editing is per municipality
    }

    [Fact]
    public async Task A_redacteur_registers_for_any_municipality()
    {
        var plan = await SentPlanAsync();
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);

        var (response, _) = await plan.RegisterAsync(redacteur, CouncilPlan.Haarlem, "geen-wensen-en-bedenkingen", "2023-10-03");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await HearingAsync(plan, CouncilPlan.Haarlem)).Outcome.ShouldBe(CouncilOutcome.NoWishesOrObjections);
    }

    [Fact]
    public async Task A_decision_or_meeting_before_the_draft_was_sent_gets_a_Dutch_message_at_its_field()
    {
        var plan = await SentPlanAsync();
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, page) = await redacteur.GetAsync(plan.Hearing(CouncilPlan.Haarlem));

        var (response, result) = await redacteur.SubmitAllAsync(page, new Dictionary<string, string>
        {
            ["Input.Outcome"] = "geen-wensen-en-bedenkingen",
            ["Input.DecidedOn"] = "2023-08-01",
            ["Input.CouncilMeetingOn"] = "2023-07-30",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        result.QuerySelector("#Input_DecidedOn-error")!.TextContent.ShouldBe("De datum van het besluit ligt vóór de verzending van het ontwerp (15 augustus 2023).");
        result.QuerySelector("#Input_CouncilMeetingOn-error")!.TextContent.ShouldContain("De raadsvergadering ligt vóór de verzending");
        result.QuerySelector("#Input_DecidedOn")!.GetAttribute("aria-invalid").ShouldBe("true");
        (await HearingAsync(plan, CouncilPlan.Haarlem)).Outcome.ShouldBeNull();
    }

    [Fact]
    public async Task Registering_again_updates_the_one_hearing_and_the_history_shows_the_change()
    {
        var plan = await SentPlanAsync();
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        await plan.RegisterAsync(redacteur, CouncilPlan.Haarlem, "geen-wensen-en-bedenkingen", "2023-10-03", "Eerste registratie van het besluit.");

        var (response, _) = await plan.RegisterAsync(redacteur, CouncilPlan.Haarlem, "geen-wensen-en-bedenkingen", "2023-10-04", "Gecorrigeerde registratie van het besluit.");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var municipality = await plan.MunicipalityIdAsync(CouncilPlan.Haarlem);
        var rows = await app.WithDbAsync(db => db.CouncilHearings.AsNoTracking().Where(h => h.PlanId == plan.PlanId && h.MunicipalityId == municipality).ToListAsync());
        var hearing = rows.ShouldHaveSingleItem();
        hearing.OutcomeText.ShouldBe("Gecorrigeerde registratie van het besluit.");
        hearing.DecidedOn.ShouldBe(new DateOnly(2023, 10, 4));
        var (_, history) = await redacteur.GetAsync($"/werkruimte/plannen/{plan.Slug}/geschiedenis?soort={nameof(CouncilHearing)}&id={hearing.Id}");
        var text = history.QuerySelector("main")!.TextContent;
        text.ShouldContain("Eerste registratie van het besluit.");
        text.ShouldContain("Gecorrigeerde registratie van het besluit.");
        text.ShouldContain("Datum besluit");
    }

    [Fact]
    public async Task Two_people_saving_the_same_council_at_once_get_the_conflict_notice_instead_of_overwriting()
    {
        var plan = await SentPlanAsync();
        var first = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var second = await TestUsers.SignedInAsync(app, Role.Gemeente, municipality: "Haarlem");
        var (_, firstPage) = await first.GetAsync(plan.Hearing(CouncilPlan.Haarlem));
        var (_, secondPage) = await second.GetAsync(plan.Hearing(CouncilPlan.Haarlem));
        await plan.RegisterAsync(first, CouncilPlan.Haarlem, "geen-wensen-en-bedenkingen", "2023-10-03", page: firstPage);

        var (response, page) = await plan.RegisterAsync(second, CouncilPlan.Haarlem, "zienswijze", "2023-10-05", "Een zienswijze.", secondPage);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector(".conflict")!.TextContent.ShouldContain("Niet opgeslagen");
        (await HearingAsync(plan, CouncilPlan.Haarlem)).Outcome.ShouldBe(CouncilOutcome.NoWishesOrObjections);
    }

    [Fact]
    public async Task An_outcome_after_the_deadline_is_accepted_and_marked_late()
    {
        var plan = await SentPlanAsync();
        var gemeente = await TestUsers.SignedInAsync(app, Role.Gemeente, municipality: "Texel");

        var (response, _) = await plan.RegisterAsync(gemeente, CouncilPlan.Texel, "geen-wensen-en-bedenkingen", "2023-10-26");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, page) = await gemeente.GetAsync(plan.Hearing(CouncilPlan.Texel));
        page.QuerySelector(".council-status")!.TextContent.ShouldBe("Te laat");
        var (_, overview) = await gemeente.GetAsync(plan.Overview);
        overview.QuerySelector($"tr[data-cbs={CouncilPlan.Texel}] .council-status")!.TextContent.ShouldBe("Te laat");
        overview.QuerySelector("#council-counts")!.TextContent.ShouldContain("(waarvan 1 te laat)");
    }
}
