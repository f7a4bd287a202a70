using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Consultation;
using Microsoft.EntityFrameworkCore;
using static Beleidsplan.Tests.Consultation.Reacting.ReactionForms;

namespace Beleidsplan.Tests.Consultation.Reacting;

/// <summary>An invitee reacts through the personal link from the invitation, without an account.</summary>
[Collection(ReactingSite.Name)]
public class PersonalLinkTests(AppFactory app)
{
    [Fact]
    public async Task A_reaction_through_a_personal_link_is_stored_exactly_as_sent_on_the_chosen_part_and_confirmed()
    {
        var round = await TestRound.CreateAsync(app);
        var browser = new Browser(app);
        var (response, page) = await browser.GetAsync(round.PersonalUrl);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        page.QuerySelector("h1")!.TextContent.ShouldStartWith("Consultatie");
        page.QuerySelector(".reacting-introduction strong")!.TextContent.ShouldBe("uw");
        page.QuerySelector("main")!.TextContent.ShouldContain($"tot en met {TestRound.Today.AddDays(14).ToString("d MMMM yyyy", Web.Publishing.DutchTime.Culture)}");
        page.QuerySelectorAll("[data-react-to]").Length.ShouldBeGreaterThan(5);
        page.QuerySelector("input[name='Respondent.Name']")!.GetAttribute("value").ShouldBe(round.InviteeName);
        var subTheme = await app.WithDbAsync(db => db.SubThemes.Where(s => s.Plan!.Slug == TestRound.Plan).OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.Title, Priority = s.Priority!.Title, s.Priority.Number }).FirstAsync());
        var key = PartKey(page, $"Deelthema: {subTheme.Title}");
        key.ShouldBe($"deelthema-{subTheme.Id}");
        page.QuerySelector($"[data-part='{key}']")!.TextContent.ShouldContain(subTheme.Title);
        var text = "Wij stellen voor de aanpak van drugslabs uit te breiden naar de kop van Noord-Holland.\nZie ook onze brief.";

        (response, _) = await SubmitAsync(browser, page, new Dictionary<string, string>
        {
            ["Input.Part"] = key,
            ["Input.Kind"] = nameof(ReactionKind.ProposedChange),
            ["Input.Passage"] = "de aanpak van drugslabs",
            ["Input.Text"] = text.Replace("\n", "\r\n", StringComparison.Ordinal),
            ["Respondent.Organisation"] = "Gemeente Haarlem, team OOV",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var reaction = (await round.ReactionsAsync(app)).ShouldHaveSingleItem();
        response.Headers.Location!.OriginalString.ShouldBe($"{round.PersonalUrl}?ontvangen={reaction.SubmissionKey}");
        reaction.InviteeId.ShouldBe(round.InviteeId);
        reaction.PlanId.ShouldBe(round.PlanId);
        reaction.RespondentName.ShouldBe(round.InviteeName);
        reaction.RespondentEmail.ShouldBe(round.InviteeEmail);
        reaction.OrganisationName.ShouldBe("Gemeente Haarlem, team OOV");
        reaction.Group.ShouldBe(AudienceGroup.Mayors);
        reaction.Source.ShouldBe(ReactionSource.PersonalLink);
        reaction.Part.ShouldBe(new ReactionPart(PartKind.SubTheme, subTheme.Id, $"Prioriteit {subTheme.Number}: {subTheme.Priority} › Deelthema: {subTheme.Title}"));
        reaction.Kind.ShouldBe(ReactionKind.ProposedChange);
        reaction.Passage.ShouldBe("de aanpak van drugslabs");
        reaction.Text.ShouldBe(text);
        reaction.ReceivedOn.ShouldBe(TestRound.Today);
        reaction.IsLate.ShouldBeFalse();
        reaction.AfterClosing.ShouldBeFalse();
        reaction.UserId.ShouldBeNull();
        (DateTimeOffset.UtcNow - reaction.SubmittedAt).ShouldBeLessThan(TimeSpan.FromMinutes(1));
        var audit = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.ItemType == nameof(Reaction) && a.ItemKey == reaction.Id.ToString()));
        audit.Actor.ShouldBe($"{round.InviteeName} <{round.InviteeEmail}> (persoonlijke link)");
        audit.UserId.ShouldBeNull();
        audit.PlanId.ShouldBe(round.PlanId);

        var (_, confirmation) = await browser.GetAsync(response.Headers.Location.OriginalString);
        var received = confirmation.QuerySelector(".reaction-received")!;
        received.QuerySelector("h2")!.TextContent.ShouldBe("Uw reactie is ontvangen");
        received.QuerySelector(".reaction-text")!.TextContent.ShouldBe(text);
        received.TextContent.ShouldNotContain("te laat");
        confirmation.QuerySelectorAll(".reaction-summary").Length.ShouldBe(1);
        confirmation.QuerySelector("input[name='Input.SubmissionKey']")!.GetAttribute("value").ShouldNotBe(reaction.SubmissionKey.ToString());
    }

    [Fact]
    public async Task After_the_deadline_the_form_still_works_with_a_notice_and_the_reaction_is_marked_late()
    {
        var round = await TestRound.CreateAsync(app, opensIn: -30, deadlineIn: -2);
        var browser = new Browser(app);
        var (_, page) = await browser.GetAsync(round.PersonalUrl);
        page.QuerySelector(".notice--warning")!.TextContent.ShouldContain("De termijn om te reageren is verstreken");

        var (response, _) = await SubmitAsync(browser, page, new Dictionary<string, string> { ["Input.Text"] = "Wij zijn laat, maar het is belangrijk." });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var reaction = (await round.ReactionsAsync(app)).ShouldHaveSingleItem();
        reaction.IsLate.ShouldBeTrue();
        reaction.AfterClosing.ShouldBeFalse();
        reaction.Part.ShouldBe(ReactionPart.WholePlan);
        reaction.Kind.ShouldBe(ReactionKind.Comment);
        var (_, confirmation) = await browser.GetAsync(response.Headers.Location!.OriginalString);
        confirmation.QuerySelector(".reaction-received__late")!.TextContent.ShouldContain("als te laat gemarkeerd");
    }

    [Fact]
    public async Task Before_the_round_opens_the_page_says_when_and_offers_no_form_and_a_post_stores_nothing()
    {
        var round = await TestRound.CreateAsync(app, opensIn: 3, deadlineIn: 20);
        var browser = new Browser(app);
        var (response, page) = await browser.GetAsync(round.PersonalUrl);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("[role=status]")!.TextContent.ShouldContain($"De consultatie opent op {TestRound.Today.AddDays(3).ToString("d MMMM yyyy", Web.Publishing.DutchTime.Culture)}");
        page.QuerySelector("form.reaction-form").ShouldBeNull();
        page.QuerySelector("[data-part]").ShouldBeNull();
        var token = await Security.Actor.TokenAsync(browser);
        var post = await browser.Client.PostAsync(round.PersonalUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.SubmissionKey"] = Guid.NewGuid().ToString(),
            ["Input.Part"] = "plan",
            ["Input.Kind"] = "Comment",
            ["Input.Text"] = "Te vroeg",
            ["Respondent.Name"] = "Iemand",
        }));
        post.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await round.ReactionsAsync(app)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_part_chosen_by_its_link_without_JavaScript_is_selected_in_the_form()
    {
        var round = await TestRound.CreateAsync(app);
        var browser = new Browser(app);
        var (_, page) = await browser.GetAsync(round.PersonalUrl);
        var link = page.QuerySelectorAll("[data-react-to]").Skip(2).First();

        var (_, chosen) = await browser.GetAsync(round.PersonalUrl + link.GetAttribute("href")!.Split('#')[0]);

        chosen.QuerySelector("select[name='Input.Part'] option[selected]")!.GetAttribute("value").ShouldBe(link.GetAttribute("data-react-to"));
    }
}
