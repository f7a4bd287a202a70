using AngleSharp.Dom;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Domain.Councils;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Planning;

/// <summary>What awaits a user on their workspace home, in their scope, nearest deadline first.</summary>
[Collection(PlanningSite.Name)]
public class AwaitingTests(PlanningAppFactory app)
{
    private const string PlanPath = $"/werkruimte/plannen/{PlanningData.Plan}";

    private static List<IElement> Items(IDocument page) => page.QuerySelectorAll("ol.awaiting > li").ToList();

    private static IElement? Item(IDocument page, string task) =>
        Items(page).SingleOrDefault(li => li.QuerySelector("a")!.TextContent.Contains(task, StringComparison.Ordinal));

    [Fact]
    public async Task A_redacteur_sees_the_reactions_to_handle_per_round_with_counts_nearest_deadline_first()
    {
        var today = TestClock.RealToday;
        var tag = Guid.NewGuid().ToString("N")[..6];
        var later = await PlanningData.RoundAsync(app, $"Later {tag}", today.AddDays(-5), today.AddDays(20), unhandled: 1, handled: 2);
        var past = await PlanningData.RoundAsync(app, $"Verstreken {tag}", today.AddDays(-30), today.AddDays(-2), unhandled: 2);
        await PlanningData.RoundAsync(app, $"Afgehandeld {tag}", today.AddDays(-30), today.AddDays(-1), unhandled: 0, handled: 3);
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);

        var (_, page) = await redacteur.GetAsync("/werkruimte");

        var mine = Items(page).Where(li => li.TextContent.Contains(tag, StringComparison.Ordinal)).ToList();
        mine.Select(li => li.QuerySelector("a")!.TextContent).ShouldBe([
            $"2 reacties afhandelen in de ronde 'Verstreken {tag}'",
            $"1 reactie afhandelen in de ronde 'Later {tag}'",
        ]);
        mine[0].QuerySelector("a")!.GetAttribute("href").ShouldBe($"{PlanPath}/consultatie/{past}/reacties");
        mine[0].TextContent.ShouldContain("(te laat)");
        mine[0].TextContent.ShouldContain("Integraal Meerjarenbeleidsplan Veiligheid Noord-Holland 2024-2027");
        mine[1].QuerySelector("a")!.GetAttribute("href").ShouldBe($"{PlanPath}/consultatie/{later}/reacties");
        mine[1].TextContent.ShouldNotContain("te laat");
        var deadlines = Items(page).Select(li => li.QuerySelector("time")!.GetAttribute("datetime")).ToList();
        deadlines.ShouldBe(deadlines.Order(StringComparer.Ordinal).ToList(), "nearest deadline first");
        page.QuerySelector("h2#wat-op-u-wacht").ShouldNotBeNull();
        page.QuerySelector("main")!.TextContent.ShouldContain("Plannen van uw eenheden"); // the page's own content stays
    }

    [Fact]
    public async Task A_gemeente_user_sees_their_own_councils_outcome_to_register_and_not_another_municipalitys()
    {
        var today = TestClock.RealToday;
        var round = await PlanningData.RoundAsync(app, "Raadsronde", today.AddDays(-10), today.AddDays(25), unhandled: 0);
        var plan = await PlanningData.PlanIdAsync(app);
        await app.WithDbAsync(async db =>
        {
            var municipalities = await db.Municipalities.Where(m => m.Name == "Haarlem" || m.Name == "Bloemendaal").ToDictionaryAsync(m => m.Name, m => m.Id);

            // The demo plan's councils were all heard in 2023: these two are heard again in a round of this test.
            await db.CouncilHearings.Where(h => h.PlanId == plan && municipalities.Values.Contains(h.MunicipalityId)).ExecuteDeleteAsync();
            db.CouncilHearings.AddRange(
                new CouncilHearing { PlanId = plan, MunicipalityId = municipalities["Haarlem"], RoundId = round, DraftSentOn = today.AddDays(-10) },
                new CouncilHearing { PlanId = plan, MunicipalityId = municipalities["Bloemendaal"], RoundId = round, DraftSentOn = today.AddDays(-10) });
            return await db.SaveChangesAsync();
        });
        var haarlemCode = await app.WithDbAsync(db => db.Municipalities.Where(m => m.Name == "Haarlem").Select(m => m.CbsCode).SingleAsync());
        var haarlem = await TestUsers.SignedInAsync(app, Role.Gemeente, municipality: "Haarlem");

        var (_, page) = await haarlem.GetAsync("/werkruimte");

        var item = Item(page, "Besluit van de gemeenteraad van Haarlem registreren").ShouldNotBeNull();
        item.QuerySelector("a")!.GetAttribute("href").ShouldBe($"{PlanPath}/gemeenteraden/{haarlemCode}");
        item.QuerySelector("time")!.GetAttribute("datetime").ShouldBe(today.AddDays(25).ToString("yyyy-MM-dd"));
        page.QuerySelector("main")!.TextContent.ShouldNotContain("Bloemendaal");

        // Once registered, it no longer awaits them.
        await app.WithDbAsync(db => db.CouncilHearings.Where(h => h.PlanId == plan && h.Municipality!.Name == "Haarlem")
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Outcome, CouncilOutcome.NoWishesOrObjections)));
        var (_, after) = await haarlem.GetAsync("/werkruimte");
        Item(after, "gemeenteraad van Haarlem").ShouldBeNull();
    }

    [Fact]
    public async Task A_responsible_user_sees_their_open_milestone_and_others_do_not()
    {
        var email = await TestUsers.CreateAsync(app, Role.Partner);
        var id = await PlanningData.UserIdAsync(app, email);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var dueOn = TestClock.RealToday.AddDays(12);
        var milestone = await PlanningData.MilestoneAsync(app, $"Partnerbijdrage {tag}", dueOn, responsibleIds: id);
        await PlanningData.MilestoneAsync(app, $"Al gedaan {tag}", dueOn, completedOn: TestClock.RealToday, responsibleIds: id);
        var responsible = new Browser(app);
        await TestUsers.SignInAsync(responsible, email);
        var someoneElse = await TestUsers.SignedInAsync(app, Role.Partner);

        var (_, page) = await responsible.GetAsync("/werkruimte");
        var (_, otherPage) = await someoneElse.GetAsync("/werkruimte");

        var item = Item(page, $"Mijlpaal: Partnerbijdrage {tag}").ShouldNotBeNull();
        item.QuerySelector("a")!.GetAttribute("href").ShouldBe($"{PlanPath}/planning#mijlpaal-{milestone}");
        Item(page, $"Al gedaan {tag}").ShouldBeNull();
        otherPage.QuerySelector("main")!.TextContent.ShouldNotContain(tag);
        otherPage.QuerySelector("main")!.TextContent.ShouldContain("Er wacht op dit moment niets op u.");
    }

    [Fact]
    public async Task Someone_invited_by_email_with_an_account_sees_the_reaction_to_give_until_they_react()
    {
        var email = await TestUsers.CreateAsync(app, Role.Bestuurder);
        var userId = await PlanningData.UserIdAsync(app, email);
        var today = TestClock.RealToday;
        var tag = Guid.NewGuid().ToString("N")[..6];
        var round = await PlanningData.RoundAsync(app, $"Genodigd {tag}", today.AddDays(-1), today.AddDays(9), unhandled: 0);
        var notYetOpen = await PlanningData.RoundAsync(app, $"Nog dicht {tag}", today.AddDays(3), today.AddDays(30), unhandled: 0);
        var plan = await PlanningData.PlanIdAsync(app);
        await app.WithDbAsync(async db =>
        {
            foreach (var id in new[] { round, notYetOpen })
            {
                var entity = await db.ConsultationRounds.SingleAsync(r => r.Id == id);
                var invitee = ConsultationInvitee.Listed(entity, AudienceGroup.Mayors, "Burgemeester", email.ToUpperInvariant(), null, null, DateTimeOffset.UtcNow);
                invitee.IssueLink(DateTimeOffset.UtcNow);
                db.ConsultationInvitees.Add(invitee);
            }

            return await db.SaveChangesAsync();
        });
        var invited = new Browser(app);
        await TestUsers.SignInAsync(invited, email);

        var (_, page) = await invited.GetAsync("/werkruimte");

        var item = Item(page, $"Reageren in de ronde 'Genodigd {tag}'").ShouldNotBeNull();
        item.QuerySelector("a")!.GetAttribute("href").ShouldBe($"{PlanPath}/consultatie/{round}/reageren");
        Item(page, $"Nog dicht {tag}").ShouldBeNull();

        await app.WithDbAsync(async db =>
        {
            db.Reactions.Add(new Reaction
            {
                PlanId = plan,
                RoundId = round,
                SubmissionKey = Guid.NewGuid(),
                RespondentName = "Burgemeester",
                UserId = userId,
                Kind = ReactionKind.Agreement,
                Text = "Akkoord.",
                SubmittedAt = DateTimeOffset.UtcNow,
                ReceivedOn = today,
            });
            return await db.SaveChangesAsync();
        });
        var (_, after) = await invited.GetAsync("/werkruimte");
        Item(after, $"Genodigd {tag}").ShouldBeNull();
    }
}
