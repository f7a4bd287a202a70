using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Tests.Uploads;
using Microsoft.EntityFrameworkCore;
using static Beleidsplan.Tests.Consultation.Reacting.ReactionForms;

namespace Beleidsplan.Tests.Consultation.Reacting;

/// <summary>Submitting twice (a double click, a retry after a time-out, two posts at once) stores one reaction.</summary>
[Collection(ReactingSite.Name)]
public class IdempotencyTests(AppFactory app)
{
    private static readonly Dictionary<string, string> Fields = new() { ["Input.Text"] = "Eén keer bedoeld, twee keer verstuurd." };

    [Fact]
    public async Task The_same_form_sent_twice_stores_one_reaction_and_shows_the_same_confirmation()
    {
        var round = await TestRound.CreateAsync(app);
        var browser = new Browser(app);
        var (_, page) = await browser.GetAsync(round.PersonalUrl);

        var (first, _) = await SubmitAsync(browser, page, Fields);
        var (second, _) = await SubmitAsync(browser, page, Fields);

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        second.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        second.Headers.Location.ShouldBe(first.Headers.Location);
        var reaction = (await round.ReactionsAsync(app)).ShouldHaveSingleItem();
        var (_, confirmation) = await browser.GetAsync(second.Headers.Location!.OriginalString);
        confirmation.QuerySelector(".reaction-received .reaction-text")!.TextContent.ShouldBe(reaction.Text);
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.ItemType == "Reaction" && a.ItemKey == reaction.Id.ToString()))).ShouldBe(1);
    }

    [Fact]
    public async Task Two_posts_of_the_same_form_at_once_store_one_reaction_and_one_attachment_and_both_confirm_it()
    {
        var round = await TestRound.CreateAsync(app);
        var browser = new Browser(app);
        var (_, page) = await browser.GetAsync(round.PersonalUrl);
        var files = await app.WithDbAsync(db => db.StoredFiles.CountAsync());

        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var one = Multipart(page, Fields, ("brief.txt", TestFiles.Text));
            using var other = Multipart(page, Fields, ("brief.txt", TestFiles.Text));
            var responses = await Task.WhenAll(browser.Client.PostAsync(Action(page), one), browser.Client.PostAsync(Action(page), other));

            responses.Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Redirect);
            responses[1].Headers.Location.ShouldBe(responses[0].Headers.Location);
        }

        var reaction = (await round.ReactionsAsync(app)).ShouldHaveSingleItem();
        reaction.Attachment.ShouldNotBeNull();
        (await app.WithDbAsync(db => db.StoredFiles.CountAsync())).ShouldBe(files + 1);
    }

    [Fact]
    public async Task A_new_form_after_the_confirmation_stores_a_second_reaction()
    {
        var round = await TestRound.CreateAsync(app);
        var browser = new Browser(app);
        var (_, page) = await browser.GetAsync(round.PersonalUrl);
        var (first, _) = await SubmitAsync(browser, page, Fields);
        var (_, confirmation) = await browser.GetAsync(first.Headers.Location!.OriginalString);

        var (second, _) = await SubmitAsync(browser, confirmation, new Dictionary<string, string> { ["Input.Text"] = "Nog iets", ["Input.Kind"] = "Question" });

        second.Headers.Location.ShouldNotBe(first.Headers.Location);
        var (_, list) = await browser.GetAsync(second.Headers.Location!.OriginalString);
        list.QuerySelectorAll(".reaction-summary").Length.ShouldBe(2);
        (await round.ReactionsAsync(app)).Select(r => r.Text).ShouldBe([Fields["Input.Text"], "Nog iets"]);
    }

    [Fact]
    public async Task The_key_of_another_invitees_reaction_neither_shows_it_nor_stores_under_it()
    {
        var round = await TestRound.CreateAsync(app);
        var otherToken = await round.AddInviteeAsync(app, "Politiechef");
        var browser = new Browser(app);
        var (_, page) = await browser.GetAsync(round.PersonalUrl);
        await SubmitAsync(browser, page, Fields);
        var key = (await round.ReactionsAsync(app)).Single().SubmissionKey.ToString();

        var (_, peek) = await browser.GetAsync($"/reageren/{otherToken}?ontvangen={key}");
        var (response, answer) = await SubmitAsync(browser, peek, new Dictionary<string, string>
        {
            ["Input.SubmissionKey"] = key,
            ["Input.Text"] = "Met een overgenomen formulier",
        });

        peek.QuerySelector(".reaction-received").ShouldBeNull();
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        answer.QuerySelector("[role=alert]")!.TextContent.ShouldContain("Het formulier is niet goed aangekomen");
        answer.QuerySelector("input[name='Input.SubmissionKey']")!.GetAttribute("value").ShouldNotBe(key);
        (await round.ReactionsAsync(app)).ShouldHaveSingleItem().InviteeId.ShouldBe(round.InviteeId);
    }
}
