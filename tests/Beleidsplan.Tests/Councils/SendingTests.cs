using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Consultation;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Councils;

[Collection(CouncilSite.Name)]
public class SendingTests(AppFactory app)
{
    [Fact]
    public async Task Sending_the_draft_makes_one_councils_round_and_a_hearing_for_each_of_the_32_municipalities_however_often_it_is_sent()
    {
        var plan = await CouncilPlan.CreateAsync(app);
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, form) = await redacteur.GetAsync(plan.Send);

        var first = await redacteur.SubmitAllAsync(form, new Dictionary<string, string> { ["Input.OpensOn"] = "2023-08-15", ["Input.Deadline"] = "2023-10-15" });
        var again = await redacteur.SubmitAllAsync(form, new Dictionary<string, string> { ["Input.OpensOn"] = "2023-08-15", ["Input.Deadline"] = "2023-10-15" });
        var fresh = await plan.SendAsync(redacteur, "2023-08-20", "2023-10-20");

        first.Response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        again.Response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        fresh.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var rounds = await app.WithDbAsync(db => db.ConsultationRounds.AsNoTracking().Where(r => r.PlanId == plan.PlanId).ToListAsync());
        var round = rounds.ShouldHaveSingleItem();
        round.Purpose.ShouldBe(RoundPurpose.CouncilHearing);
        round.Title.ShouldBe("Zienswijzen gemeenteraden op het ontwerp");
        round.OpensOn.ShouldBe(new DateOnly(2023, 8, 15));
        round.Deadline.ShouldBe(new DateOnly(2023, 10, 15));
        var hearings = await app.WithDbAsync(db => db.CouncilHearings.AsNoTracking().Where(h => h.PlanId == plan.PlanId).ToListAsync());
        hearings.Count.ShouldBe(32);
        hearings.ShouldAllBe(h => h.RoundId == round.Id && h.DraftSentOn == new DateOnly(2023, 8, 15));
    }

    [Fact]
    public async Task A_municipality_added_to_the_unit_later_is_added_by_sending_again()
    {
        var plan = await CouncilPlan.CreateAsync(app);
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        await plan.SendAsync(redacteur);
        var added = await app.WithDbAsync(async db =>
        {
            var unit = await db.PoliceUnits.SingleAsync(u => u.Slug == "noord-holland");
            var municipality = new Web.Domain.Municipality { PoliceUnitId = unit.Id, CbsCode = "GM9999", Name = "Nieuwegemeente" };
            db.Municipalities.Add(municipality);
            await db.SaveChangesAsync();
            return municipality.Id;
        });
        try
        {
            var (_, page) = await redacteur.GetAsync(plan.Send);
            page.QuerySelector("[role=status]")!.TextContent.ShouldContain("1 gemeente(n) van de eenheid staan nog niet in de volglijst");

            (await plan.SendAsync(redacteur, "2023-09-01", "2023-10-15")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

            var hearings = await app.WithDbAsync(db => db.CouncilHearings.AsNoTracking().Where(h => h.PlanId == plan.PlanId).ToListAsync());
            hearings.Count.ShouldBe(33);
            hearings.Single(h => h.MunicipalityId == added).DraftSentOn.ShouldBe(new DateOnly(2023, 9, 1));
            (await app.WithDbAsync(db => db.ConsultationRounds.CountAsync(r => r.PlanId == plan.PlanId))).ShouldBe(1);
        }
        finally
        {
            await app.WithDbAsync(db => db.CouncilHearings.Where(h => h.MunicipalityId == added).ExecuteDeleteAsync());
            await app.WithDbAsync(db => db.Municipalities.Where(m => m.Id == added).ExecuteDeleteAsync());
        }
    }

    [Fact]
    public async Task Gemeente_users_hear_by_mail_where_to_register_their_councils_outcome_and_the_rounds_list_names_the_councils_round()
    {
        var plan = await CouncilPlan.CreateAsync(app);
        var email = await TestUsers.CreateAsync(app, Role.Gemeente, municipality: "Bloemendaal");
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);

        await plan.SendAsync(redacteur);

        var mail = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.To == email).ToListAsync());
        mail.ShouldHaveSingleItem().Body.ShouldContain($"{plan.Hearing(CouncilPlan.Bloemendaal)}");
        var (_, rounds) = await redacteur.GetAsync($"/werkruimte/plannen/{plan.Slug}/consultatie");
        rounds.QuerySelector(".round-row")!.TextContent.ShouldContain("ronde van de gemeenteraden");
    }

    [Fact]
    public async Task Only_a_redacteur_sends_the_draft()
    {
        var plan = await CouncilPlan.CreateAsync(app);
        var gemeente = await TestUsers.SignedInAsync(app, Role.Gemeente, municipality: "Bloemendaal");

        var (response, _) = await gemeente.GetAsync(plan.Send);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_version_the_draft_decision_names_is_chosen_by_default()
    {
        var plan = await CouncilPlan.CreateAsync(app);
        var draft = await app.WithDbAsync(async db =>
        {
            var first = await db.PlanVersions.SingleAsync(v => v.PlanId == plan.PlanId);
            var working = await new Web.Publishing.PlanQueries(db).LoadWorkingCopyAsync(plan.Slug);
            db.PlanVersions.Add(Web.Domain.Versions.PlanVersion.Freeze(working!, 2, "Later", new DateOnly(2023, 9, 1), null, "Test", DateTimeOffset.UtcNow));
            db.PlanDecisions.Add(new Web.Domain.Lifecycle.PlanDecision
            {
                PlanId = plan.PlanId,
                Kind = Web.Domain.Lifecycle.DecisionKind.DraftPlanReleased,
                DecidedOn = new DateOnly(2023, 8, 15),
                Body = "Regionaal Bestuurlijk Overleg Politie",
                PlanVersionId = first.Id,
                RecordedBy = "Test",
                RecordedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
            return first.Id;
        });
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);

        var (_, page) = await redacteur.GetAsync(plan.Send);

        page.QuerySelector("#Input_VersionId option:checked")!.GetAttribute("value").ShouldBe(draft.ToString(System.Globalization.CultureInfo.InvariantCulture));
        page.QuerySelector("#Input_OpensOn")!.GetAttribute("value").ShouldBe("2023-08-15");
    }
}
