using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Domain.Versions;
using Beleidsplan.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Consultation.Reacting;

/// <summary>Respondents invited to read the next version see their earlier reactions and how they were handled beside the new text.</summary>
[Collection(ReactingSite.Name)]
public class FollowUpRoundTests(AppFactory app)
{
    [Fact]
    public async Task The_personal_link_of_a_follow_up_round_shows_earlier_reactions_and_their_handling_beside_each_part()
    {
        var email = $"{Guid.NewGuid():N}@haarlem.example.nl";
        var first = await TestRound.CreateAsync(app, opensIn: -60, deadlineIn: -30, closed: true, email: email);
        var next = await FreezeNextVersionAsync("85%-versie");
        var subTheme = await app.WithDbAsync(db => db.SubThemes.Where(s => s.Plan!.Slug == TestRound.Plan).OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.Title }).FirstAsync());
        await AddReactionAsync(first, email, new ReactionPart(PartKind.SubTheme, subTheme.Id, $"Deelthema: {subTheme.Title}"), "Breid de aanpak uit.",
            r => r.Handle(HandlingStatus.Processed, "De tekst is aangevuld.", next.Id, new ReactionPart(PartKind.SubTheme, subTheme.Id, subTheme.Title), "Werkgroep", DateTimeOffset.UtcNow));
        await AddReactionAsync(first, email, ReactionPart.WholePlan, "Waarom vier prioriteiten?",
            r => r.Handle(HandlingStatus.Answered, "Zo blijft het plan beheersbaar.", null, null, "Werkgroep", DateTimeOffset.UtcNow));
        await AddReactionAsync(first, email, new ReactionPart(PartKind.SubTheme, 999_999, "Prioriteit 9: Oud › Deelthema: Verdwenen"), "Over een geschrapt deelthema.", null);
        await AddReactionAsync(first, "iemand-anders@example.nl", ReactionPart.WholePlan, "Niet van deze persoon.", null);
        var round = await TestRound.CreateAsync(app, previousRound: first.Id, email: email.ToUpperInvariant(), versionNumber: next.Number);

        var (_, page) = await new Browser(app).GetAsync(round.PersonalUrl);

        var part = page.QuerySelector($"[data-part='deelthema-{subTheme.Id}']")!;
        part.ClassList.ShouldContain("reacting-part--earlier");
        var earlier = part.QuerySelector(".reacting-earlier")!;
        earlier.QuerySelector(".reaction-text")!.TextContent.ShouldBe("Breid de aanpak uit.");
        earlier.QuerySelector(".reacting-earlier__handling")!.TextContent.ShouldBe("Afhandeling: Verwerkt");
        earlier.QuerySelector(".reacting-earlier__note")!.TextContent.ShouldBe("De tekst is aangevuld.");
        earlier.QuerySelector(".reacting-earlier__changed")!.TextContent.ShouldBe($"Gewijzigd in 85%-versie: {subTheme.Title}");
        part.QuerySelector(".reacting-part__text")!.TextContent.ShouldContain(subTheme.Title); // the new text, beside it
        var lists = page.QuerySelectorAll(".reacting-earlier").Select(e => e.TextContent).ToList();
        lists.ShouldContain(l => l.Contains("op het hele plan") && l.Contains("Waarom vier prioriteiten?") && l.Contains("Beantwoord") && l.Contains("Zo blijft het plan beheersbaar."));
        lists.ShouldContain(l => l.Contains("niet meer heeft") && l.Contains("Prioriteit 9: Oud › Deelthema: Verdwenen") && l.Contains("Nog niet afgehandeld"));
        page.QuerySelector("main")!.TextContent.ShouldNotContain("Niet van deze persoon.");
        page.QuerySelector(".reacting-layout--follow-up").ShouldNotBeNull();
    }

    [Fact]
    public async Task A_first_round_shows_no_earlier_reactions()
    {
        var round = await TestRound.CreateAsync(app);

        var (_, page) = await new Browser(app).GetAsync(round.PersonalUrl);

        page.QuerySelector(".reacting-earlier").ShouldBeNull();
        page.QuerySelector(".reacting-layout--follow-up").ShouldBeNull();
    }

    private Task<PlanVersion> FreezeNextVersionAsync(string label) => app.WithDbAsync(async db =>
    {
        var plan = await new PlanQueries(db).LoadWorkingCopyAsync(TestRound.Plan);
        var number = await db.PlanVersions.Where(v => v.PlanId == plan!.Id).MaxAsync(v => v.Number) + 1;
        var version = PlanVersion.Freeze(plan!, number, label, TestRound.Today, null, "Test", DateTimeOffset.UtcNow);
        db.PlanVersions.Add(version);
        await db.SaveChangesAsync();
        return version;
    });

    private Task<int> AddReactionAsync(TestRound round, string email, ReactionPart part, string text, Action<Reaction>? handle) => app.WithDbAsync(async db =>
    {
        var reaction = new Reaction
        {
            PlanId = round.PlanId,
            RoundId = round.Id,
            SubmissionKey = Guid.NewGuid(),
            RespondentName = "Burgemeester van Haarlem",
            RespondentEmail = email,
            Source = ReactionSource.PersonalLink,
            Part = part,
            Kind = ReactionKind.ProposedChange,
            Text = text,
            SubmittedAt = DateTimeOffset.UtcNow,
            ReceivedOn = TestRound.Today.AddDays(-40),
        };
        handle?.Invoke(reaction);
        db.Reactions.Add(reaction);
        return await db.SaveChangesAsync();
    });
}
