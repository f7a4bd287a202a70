using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Tests.Uploads;
using Microsoft.EntityFrameworkCore;
using static Beleidsplan.Tests.Consultation.Reacting.ReactionForms;

namespace Beleidsplan.Tests.Consultation.Reacting;

/// <summary>The bad input: a wrong link, an empty or over-long text, a wrong or too large attachment.</summary>
[Collection(ReactingSite.Name)]
public class BadInputTests(AppFactory app)
{
    private static string[] WrongTokens(string valid) =>
    [
        valid[..^1] + (valid[^1] == 'a' ? 'b' : 'a'), // one character changed
        valid[..^1], // one short
        valid.ToUpperInvariant(),
        valid + "0",
        "../" + valid[3..],
        "abc",
    ];

    [Fact]
    public async Task A_wrong_or_tampered_personal_or_open_link_gives_404_and_stores_nothing()
    {
        var round = await TestRound.CreateAsync(app, openLink: true);
        var browser = new Browser(app);
        var token = await Security.Actor.TokenAsync(browser);
        var before = await app.WithDbAsync(db => db.Reactions.CountAsync());
        var urls = WrongTokens(round.Token).Select(t => $"/reageren/{Uri.EscapeDataString(t)}")
            .Concat(WrongTokens(round.OpenToken!).Select(t => $"/reageren/open/{Uri.EscapeDataString(t)}"))
            .Append($"/reageren/open/{round.Token}") // a personal token is not an open link
            .Append($"/reageren/{round.OpenToken}"); // nor the other way round

        foreach (var url in urls)
        {
            (await browser.Client.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
            var post = await browser.Client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Input.SubmissionKey"] = Guid.NewGuid().ToString(),
                ["Input.Part"] = "plan",
                ["Input.Kind"] = "Comment",
                ["Input.Text"] = "Via een geraden link",
                ["Respondent.Name"] = "Indringer",
                ["Respondent.Group"] = "Other",
            }));
            post.StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        }

        (await app.WithDbAsync(db => db.Reactions.CountAsync())).ShouldBe(before);
        (await browser.Client.GetAsync(round.PersonalUrl)).StatusCode.ShouldBe(HttpStatusCode.OK); // the control: the real links work
        (await browser.Client.GetAsync(round.OpenUrl)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("", "Schrijf uw reactie.")]
    [InlineData("   \r\n  ", "Schrijf uw reactie.")]
    [InlineData("long", "Uw reactie is te lang: ten hoogste 10.000 tekens, u gebruikte er 10.001.")]
    public async Task An_empty_or_over_long_text_gets_a_message_at_the_field_and_nothing_is_stored(string text, string message)
    {
        var round = await TestRound.CreateAsync(app);
        var browser = new Browser(app);
        var (_, page) = await browser.GetAsync(round.PersonalUrl);
        var sent = text == "long" ? new string('x', 10_001) : text;

        var (response, answer) = await SubmitAsync(browser, page, new Dictionary<string, string> { ["Input.Text"] = sent });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        ErrorAt(answer, "Input.Text").ShouldBe(message);
        answer.QuerySelector("textarea[name='Input.Text']")!.GetAttribute("aria-invalid").ShouldBe("true");
        answer.QuerySelector("textarea[name='Input.Text']")!.TextContent.Trim().ShouldBe(sent.Trim()); // what was typed is kept
        (await round.ReactionsAsync(app)).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_attachment_of_a_wrong_type_or_too_large_is_refused_with_the_limit_named_and_nothing_is_stored()
    {
        var round = await TestRound.CreateAsync(app);
        var browser = new Browser(app);
        var (_, page) = await browser.GetAsync(round.PersonalUrl);
        page.QuerySelector("#Input_Attachment-hint")!.TextContent.ShouldContain("Hooguit 1 MB");
        var tooLarge = new byte[(1024 * 1024) + 1];
        TestFiles.Pdf.CopyTo(tooLarge, 0);
        var files = await app.WithDbAsync(db => db.StoredFiles.CountAsync());
        var fields = new Dictionary<string, string> { ["Input.Text"] = "Zie de bijlage." };

        var (_, wrongType) = await SubmitAsync(browser, page, fields, ("brief.pdf", TestFiles.Exe));
        var (_, overSize) = await SubmitAsync(browser, page, fields, ("brief.pdf", tooLarge));

        ErrorAt(wrongType, "Input.Attachment")!.ShouldContain("'brief.pdf' is geen toegestaan bestandstype");
        ErrorAt(wrongType, "Input.Attachment")!.ShouldContain("Toegestaan zijn");
        ErrorAt(overSize, "Input.Attachment").ShouldBe("'brief.pdf' is groter dan 1 MB. Kies een kleiner bestand.");
        overSize.QuerySelector("textarea[name='Input.Text']")!.TextContent.ShouldBe("Zie de bijlage.");
        (await round.ReactionsAsync(app)).ShouldBeEmpty();
        (await app.WithDbAsync(db => db.StoredFiles.CountAsync())).ShouldBe(files);
    }

    [Fact]
    public async Task An_allowed_attachment_is_stored_for_the_plan_with_the_reaction()
    {
        var round = await TestRound.CreateAsync(app);
        var browser = new Browser(app);
        var (_, page) = await browser.GetAsync(round.PersonalUrl);

        var (response, _) = await SubmitAsync(browser, page, new Dictionary<string, string> { ["Input.Text"] = "Zie de bijlage." }, ("brief.pdf", TestFiles.Pdf));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var reaction = (await round.ReactionsAsync(app)).ShouldHaveSingleItem();
        reaction.Attachment!.Name.ShouldBe("brief.pdf");
        reaction.Attachment.PlanId.ShouldBe(round.PlanId);
        reaction.Attachment.ContentType.ShouldBe("application/pdf");
        var (_, confirmation) = await browser.GetAsync(response.Headers.Location!.OriginalString);
        confirmation.QuerySelector(".reaction-received")!.TextContent.ShouldContain("Bijlage: brief.pdf");
    }

    [Fact]
    public async Task A_part_not_in_the_version_or_an_unknown_kind_gets_a_message_at_its_field()
    {
        var round = await TestRound.CreateAsync(app);
        var browser = new Browser(app);
        var (_, page) = await browser.GetAsync(round.PersonalUrl);

        var (_, answer) = await SubmitAsync(browser, page, new Dictionary<string, string>
        {
            ["Input.Text"] = "Tekst",
            ["Input.Part"] = "prioriteit-999999",
            ["Input.Kind"] = "7",
            ["Respondent.Name"] = "",
        });

        ErrorAt(answer, "Input.Part").ShouldBe("Kies een onderdeel van deze versie, of het hele plan.");
        ErrorAt(answer, "Input.Kind").ShouldBe("Kies wat voor reactie het is.");
        ErrorAt(answer, "Respondent.Name").ShouldBe("Vul de naam in.");
        (await round.ReactionsAsync(app)).ShouldBeEmpty();
    }
}
