using System.Globalization;
using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Consultation;
using Microsoft.EntityFrameworkCore;
using static Beleidsplan.Tests.Consultation.Rounds.RoundSteps;

namespace Beleidsplan.Tests.Consultation.Rounds;

[Collection(RoundsSite.Name)]
public class FollowUpTests(AppFactory app)
{
    /// <summary>
    /// The first round's reactions, stored as the reacting pages would: Anna twice critical (once under
    /// another capitalisation of her address), Bert only agreeing, Carla critical through her personal link
    /// (her address only on the invitee), and a letter without an address.
    /// </summary>
    private async Task<(int Round, string Anna, string Carla)> FirstRoundAsync()
    {
        var round = await SeedRoundAsync(app, title: "Consultatie 70%-versie");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (anna, bert, carla) = ($"anna-{suffix}@example.nl", $"bert-{suffix}@example.nl", $"carla-{suffix}@example.nl");
        await app.WithDbAsync(async db =>
        {
            var saved = await db.ConsultationRounds.SingleAsync(r => r.Id == round);
            var haarlem = await db.Organisations.SingleAsync(o => o.Name == "Gemeente Haarlem");
            var carlaInvitee = ConsultationInvitee.Listed(saved, AudienceGroup.PoliceLeadership, "Carla Chef", carla, null, "Politie Eenheid Noord-Holland", DateTimeOffset.UtcNow);
            var annaInvitee = ConsultationInvitee.Listed(saved, AudienceGroup.PublicOrderOfficials, "Anna Aov", anna, haarlem.Id, haarlem.Name, DateTimeOffset.UtcNow);
            db.ConsultationInvitees.AddRange(carlaInvitee, annaInvitee);
            await db.SaveChangesAsync();
            Reaction React(string name, string? email, ReactionKind kind, ConsultationInvitee? invitee = null, AudienceGroup? group = null, string? organisation = null) => new()
            {
                PlanId = saved.PlanId,
                RoundId = round,
                SubmissionKey = Guid.NewGuid(),
                RespondentName = name,
                RespondentEmail = email,
                InviteeId = invitee?.Id,
                Group = group,
                OrganisationName = organisation,
                Kind = kind,
                Text = $"{kind} van {name}",
                SubmittedAt = DateTimeOffset.UtcNow,
                ReceivedOn = new DateOnly(2026, 6, 20),
            };
            db.Reactions.AddRange(
                React("Anna Aov", anna, ReactionKind.ProposedChange, annaInvitee, AudienceGroup.PublicOrderOfficials, "Gemeente Haarlem"),
                React("Anna Aov", anna.ToUpperInvariant(), ReactionKind.Question, annaInvitee, AudienceGroup.PublicOrderOfficials, "Gemeente Haarlem"),
                React("Bert Burgemeester", bert, ReactionKind.Agreement, group: AudienceGroup.Mayors),
                React("Carla Chef", null, ReactionKind.Comment, carlaInvitee),
                React("Dirk per brief", null, ReactionKind.Comment, organisation: "Stichting Brief"));
            return await db.SaveChangesAsync();
        });
        return (round, anna, carla);
    }

    [Fact]
    public async Task The_next_round_invites_exactly_the_critical_respondents_once_each_after_showing_them()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (first, anna, carla) = await FirstRoundAsync();
        var newer = await FreezeAsync(app, "85%-versie");
        var haarlem = await Administration.OrganisationIdAsync(app, "noord-holland", "Gemeente Haarlem");

        var (_, page) = await redacteur.GetAsync($"{Round(first)}/vervolgronde");

        page.QuerySelectorAll("tr.follow-up-row").Select(r => r.GetAttribute("data-email")).ShouldBe([carla, anna], ignoreOrder: true);
        page.QuerySelector($"tr.follow-up-row[data-email='{anna}']")!.TextContent.ShouldContain("2");
        page.QuerySelector(".follow-up-without-email")!.TextContent.Trim()
            .ShouldBe("Dirk per brief (Stichting Brief) — niet uit te nodigen: geen e-mailadres");
        page.QuerySelector("input[name='Input.Title']")!.GetAttribute("value").ShouldBe("Consultatie 85%-versie");
        page.QuerySelector("select[name='Input.VersionId'] option[selected]")!.GetAttribute("value").ShouldBe(newer.ToString(CultureInfo.InvariantCulture));
        var own = await app.WithDbAsync(db => db.ConsultationRounds.Where(r => r.Id == first).Select(r => r.PlanVersionId).SingleAsync());
        page.QuerySelectorAll("select[name='Input.VersionId'] option").Select(o => o.GetAttribute("value"))
            .ShouldNotContain(own.ToString(CultureInfo.InvariantCulture), "only versions after the round's own");

        var (created, _) = await redacteur.SubmitAllAsync(page, new Dictionary<string, string> { ["Input.Deadline"] = "2026-12-31" });
        var (again, _) = await redacteur.SubmitAllAsync(page, new Dictionary<string, string> { ["Input.Deadline"] = "2026-12-31" }); // a double click

        var next = RoundIdFrom(created);
        RoundIdFrom(again).ShouldBe(next);
        (await app.WithDbAsync(db => db.ConsultationRounds.CountAsync(r => r.PreviousRoundId == first))).ShouldBe(1);
        var round = await app.WithDbAsync(db => db.ConsultationRounds.AsNoTracking().SingleAsync(r => r.Id == next));
        (round.PreviousRoundId, round.PlanVersionId, round.Title).ShouldBe((first, newer, "Consultatie 85%-versie"));
        var invitees = await app.WithDbAsync(db => db.ConsultationInvitees.AsNoTracking().Where(i => i.RoundId == next).ToListAsync());
        invitees.Select(i => (i.Email, i.Group, i.OrganisationId, i.OrganisationName)).ShouldBe([
            (anna, AudienceGroup.PublicOrderOfficials, haarlem, "Gemeente Haarlem"),
            (carla, AudienceGroup.PoliceLeadership, null, "Politie Eenheid Noord-Holland"),
        ], ignoreOrder: true);
        foreach (var invitee in invitees)
        {
            invitee.SentAt.ShouldNotBeNull();
            var body = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == invitee.Email).Select(m => m.Body).SingleAsync());
            body.ShouldContain("eerdere reacties en hoe de werkgroep die heeft afgehandeld");
            body.ShouldContain("85%-versie");
            var token = body[(body.IndexOf("/reageren/", StringComparison.Ordinal) + "/reageren/".Length)..][..64];
            LinkToken.Hash(token).ShouldBe(invitee.TokenHash);
        }

        var (_, shown) = await redacteur.GetAsync(Round(next));
        shown.QuerySelector(".notice")!.TextContent.ShouldContain("de uitnodigingen aan 2 kritische respondenten");
        shown.Text().ShouldContain("Vervolg op");
    }

    [Fact]
    public async Task Without_a_newer_version_the_page_says_to_make_one_and_an_older_version_is_refused()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var latest = await SeedRoundAsync(app, newestVersion: true);
        var older = await app.WithDbAsync(db => db.PlanVersions.Where(v => v.Plan!.Slug == Plan).OrderBy(v => v.Number).Select(v => v.Id).FirstAsync());

        var (_, page) = await redacteur.GetAsync($"{Round(latest)}/vervolgronde");

        page.Text().ShouldContain("Leg eerst de nieuwe versie vast");
        page.QuerySelector("main form").ShouldBeNull();
        var (_, roundPage) = await redacteur.GetAsync(Round(latest));
        var (forged, _) = await Browser.ReadAsync(await redacteur.Client.PostAsync($"{Round(latest)}/vervolgronde", new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = roundPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
                ["Input.Title"] = "Vervalst",
                ["Input.VersionId"] = older.ToString(CultureInfo.InvariantCulture),
                ["Input.OpensOn"] = "2026-09-01",
                ["Input.Deadline"] = "2026-09-30",
            })));

        forged.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.WithDbAsync(db => db.ConsultationRounds.CountAsync(r => r.PreviousRoundId == latest))).ShouldBe(0);
    }
}
