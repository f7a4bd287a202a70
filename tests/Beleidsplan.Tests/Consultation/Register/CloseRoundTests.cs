using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Consultation;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Consultation.Register;

[Collection(RegisterSite.Name)]
public class CloseRoundTests(AppFactory app)
{
    private Task<ConsultationRound> RoundAsync(int id) => app.WithDbAsync(db => db.ConsultationRounds.AsNoTracking().SingleAsync(r => r.Id == id));

    [Fact]
    public async Task A_round_with_unhandled_reactions_closes_only_with_a_reason_which_the_register_and_reactienota_show()
    {
        var seed = await RegisterSeed.RoundAsync(app);
        var handled = await seed.ReactionAsync("AOV Hoorn", ReactionKind.Comment, seed.Priority);
        await seed.ReactionAsync("AOV Edam", ReactionKind.Question, seed.Priority);
        await seed.ReactionAsync("AOV Purmerend", ReactionKind.Question, seed.Priority);
        await seed.HandleAsync(handled, HandlingStatus.Noted);
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, form) = await redacteur.GetAsync($"{seed.Round}/sluiten");
        form.Body!.TextContent.ShouldContain("2 nog niet afgehandeld");

        var (refused, page) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string> { ["Reason"] = "" });

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("#reden-fout")!.TextContent.ShouldStartWith("2 reacties hebben nog geen afhandeling.");
        (await RoundAsync(seed.RoundId)).IsClosed.ShouldBeFalse();

        var reason = "De twee vragen worden beantwoord in de toelichting bij de 95%-versie.";
        var (closed, _) = await redacteur.SubmitAllAsync(page, new Dictionary<string, string> { ["Reason"] = reason });

        closed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var round = await RoundAsync(seed.RoundId);
        round.ClosingNote.ShouldBe(reason);
        round.ClosedBy.ShouldEndWith("@example.nl");
        var (_, register) = await redacteur.GetAsync(seed.Register);
        register.QuerySelector(".closing-note")!.TextContent.ShouldBe(reason);
        var (_, report) = await redacteur.GetAsync($"{seed.Round}/reactienota");
        report.QuerySelector(".closing-note")!.TextContent.ShouldContain(reason);
        var (_, roundPage) = await redacteur.GetAsync(seed.Round);
        roundPage.QuerySelector(".closing-note")!.TextContent.ShouldBe(reason);
    }

    [Fact]
    public async Task A_round_whose_reactions_are_all_handled_closes_without_a_reason_and_can_be_reopened()
    {
        var seed = await RegisterSeed.RoundAsync(app);
        await seed.HandleAsync(await seed.ReactionAsync("AOV Hoorn", ReactionKind.Agreement), HandlingStatus.Noted);
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, form) = await redacteur.GetAsync($"{seed.Round}/sluiten");

        var (closed, _) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string>());
        (await RoundAsync(seed.RoundId)).IsClosed.ShouldBeTrue();
        var (_, reopenForm) = await redacteur.GetAsync(closed.Headers.Location!.ToString());
        reopenForm.QuerySelector("main [role=status]")!.TextContent.ShouldBe("De ronde is gesloten.");
        var (reopened, _) = await redacteur.SubmitAllAsync(reopenForm, new Dictionary<string, string>(), "Reopen");

        reopened.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var round = await RoundAsync(seed.RoundId);
        round.IsClosed.ShouldBeFalse();
        round.ClosedBy.ShouldBeNull();
    }

    [Fact]
    public async Task Closing_a_round_someone_else_just_closed_is_refused_without_a_500()
    {
        var seed = await RegisterSeed.RoundAsync(app);
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, first) = await redacteur.GetAsync($"{seed.Round}/sluiten");
        var (_, second) = await redacteur.GetAsync($"{seed.Round}/sluiten");

        await redacteur.SubmitAllAsync(first, new Dictionary<string, string>());
        var (response, page) = await redacteur.SubmitAllAsync(second, new Dictionary<string, string>());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector(".form__error")!.TextContent.ShouldBe("Deze ronde is al gesloten.");
    }
}
