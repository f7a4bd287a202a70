using Beleidsplan.Tests.Infrastructure;
using static Beleidsplan.Tests.Consultation.Reacting.ReactionForms;

namespace Beleidsplan.Tests.Consultation.Reacting;

/// <summary>What a respondent types is shown back as text: a reaction is read by the working group later.</summary>
[Collection(ReactingSite.Name)]
public class ReactionXssTests(AppFactory app)
{
    private const string Payload = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";

    [Fact]
    public async Task Script_in_every_field_of_an_open_link_reaction_is_shown_as_typed_and_never_as_markup()
    {
        var round = await TestRound.CreateAsync(app, openLink: true);
        var browser = new Browser(app);
        var (_, page) = await browser.GetAsync(round.OpenUrl);

        var (response, _) = await SubmitAsync(browser, page, new Dictionary<string, string>
        {
            ["Respondent.Name"] = "Naam " + Payload,
            ["Respondent.Organisation"] = "Organisatie " + Payload,
            ["Respondent.Group"] = "Other",
            ["Input.Passage"] = "Passage " + Payload,
            ["Input.Text"] = "Tekst " + Payload,
        });
        var (_, confirmation) = await browser.GetAsync(response.Headers.Location!.OriginalString);

        var received = confirmation.QuerySelector(".reaction-received")!;
        received.QuerySelector(".reaction-text")!.TextContent.ShouldBe("Tekst " + Payload);
        received.QuerySelector(".reaction-passage")!.TextContent.ShouldBe("Passage " + Payload);
        confirmation.QuerySelectorAll("main img, main script:not([src^='/js/reacting.js'])").ShouldBeEmpty();
        (await round.ReactionsAsync(app)).ShouldHaveSingleItem().RespondentName.ShouldBe("Naam " + Payload);
    }
}
