using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using static Beleidsplan.Tests.Consultation.Reacting.ReactionForms;

namespace Beleidsplan.Tests.Consultation.Reacting;

/// <summary>An old link on a closed round: a clear message, and the reaction still reaches the working group.</summary>
[Collection(ReactingSite.Name)]
public class RoundStateTests(AppFactory app)
{
    [Fact]
    public async Task A_reaction_on_a_closed_round_is_kept_marked_after_closing_and_the_redacteuren_get_a_message()
    {
        var redacteur = await TestUsers.CreateAsync(app, Role.Redacteur);
        var inactive = await TestUsers.CreateAsync(app, Role.Redacteur, active: false);
        var otherUnit = await TestUsers.CreateAsync(app, Role.Redacteur, "noord-nederland");
        var gemeente = await TestUsers.CreateAsync(app, Role.Gemeente, municipality: "Haarlem");
        var round = await TestRound.CreateAsync(app, opensIn: -40, deadlineIn: -10, closed: true);
        var browser = new Browser(app);
        var (_, page) = await browser.GetAsync(round.PersonalUrl);
        var notice = page.QuerySelector(".notice--warning")!.TextContent;
        notice.ShouldContain("Deze consultatieronde is gesloten");
        notice.ShouldContain("U kunt uw reactie toch nog versturen");

        var (response, _) = await SubmitAsync(browser, page, new Dictionary<string, string>
        {
            ["Input.Text"] = "Ik zag de uitnodiging te laat, maar wil dit toch meegeven.",
            ["Input.Kind"] = "Question",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var reaction = (await round.ReactionsAsync(app)).ShouldHaveSingleItem();
        reaction.AfterClosing.ShouldBeTrue();
        reaction.IsLate.ShouldBeTrue();
        var mail = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Subject.Contains("Reactie na sluiting")).ToListAsync());
        var toRedacteur = mail.Where(m => m.To == redacteur).ShouldHaveSingleItem();
        toRedacteur.Body.ShouldContain(round.InviteeName);
        toRedacteur.Body.ShouldContain("Vraag");
        toRedacteur.Body.ShouldContain($"/werkruimte/plannen/{TestRound.Plan}/consultatie/{round.Id}/reacties");
        mail.ShouldNotContain(m => m.To == inactive || m.To == otherUnit || m.To == gemeente);
        var (_, confirmation) = await browser.GetAsync(response.Headers.Location!.OriginalString);
        confirmation.QuerySelector(".reaction-received__late")!.TextContent.ShouldContain("De ronde was al gesloten");

        // Sent again (a retry): still one reaction, and no second message.
        await SubmitAsync(browser, page, new Dictionary<string, string> { ["Input.Text"] = reaction.Text, ["Input.Kind"] = "Question" });
        (await round.ReactionsAsync(app)).Count.ShouldBe(1);
        (await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == redacteur))).ShouldBe(1);
    }
}
