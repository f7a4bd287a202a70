using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Consultation;

namespace Beleidsplan.Tests.Consultation.Register;

[Collection(RegisterSite.Name)]
public class HandlingTests(AppFactory app)
{
    [Fact]
    public async Task The_reaction_is_shown_integrally_beside_the_text_of_its_part_in_the_rounds_version()
    {
        var seed = await RegisterSeed.RoundAsync(app);
        var id = await seed.ReactionAsync("AOV Hoorn", ReactionKind.Comment, seed.SubTheme, "Gemeente Hoorn",
            text: "Eerste alinea.\n\nTweede alinea met <script>alert(1)</script>.", more: r => r.Passage = "weerbare jeugd");
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);

        var (response, page) = await redacteur.GetAsync($"{seed.Register}/{id}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector(".reaction-text")!.TextContent.ShouldBe("Eerste alinea.\n\nTweede alinea met <script>alert(1)</script>.");
        page.QuerySelector(".reaction-passage")!.TextContent.ShouldBe("weerbare jeugd");
        var part = page.QuerySelector(".handling-part")!;
        part.QuerySelector("h2")!.TextContent.ShouldContain(seed.SubTheme.Title);
        part.QuerySelectorAll(".theme-section").Length.ShouldBeGreaterThan(0); // the sub-theme's sections as the version has them
        page.QuerySelectorAll("input[name='Input.Status']").Length.ShouldBe(5);
    }

    [Theory]
    [InlineData("NotProcessed", "Geef de reden waarom de reactie niet is verwerkt.")]
    [InlineData("Answered", "Geef het antwoord op de vraag.")]
    [InlineData("", "Kies hoe de reactie is afgehandeld.")]
    public async Task A_handling_without_what_it_requires_gets_a_message_at_the_field_and_stores_nothing(string status, string message)
    {
        var seed = await RegisterSeed.RoundAsync(app);
        var id = await seed.ReactionAsync("AOV Hoorn", ReactionKind.Question, seed.Priority);
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, form) = await redacteur.GetAsync($"{seed.Register}/{id}");

        var (response, page) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string> { ["Input.Status"] = status, ["Input.Note"] = "  " });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelectorAll(".form__error").Select(e => e.TextContent).ShouldContain(message);
        (await seed.LoadAsync(id)).Handling.ShouldBeNull();
    }

    [Fact]
    public async Task A_processed_reaction_links_to_the_part_of_the_later_version_it_changed()
    {
        var seed = await RegisterSeed.RoundAsync(app);
        var first = await seed.ReactionAsync("Burgemeester Alkmaar", ReactionKind.ProposedChange, seed.Priority);
        var second = await seed.ReactionAsync("Burgemeester Hoorn", ReactionKind.Comment, seed.Priority);
        var later = await RegisterSeed.NewVersionAsync(app, "85%-versie");
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, form) = await redacteur.GetAsync($"{seed.Register}/{first}");
        form.QuerySelectorAll("#Input_ChangedInVersion option").Select(o => o.GetAttribute("value")).ShouldContain(later.ToString());

        var (saved, _) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string>
        {
            ["Input.Status"] = "Processed",
            ["Input.Note"] = "Opgenomen in de aanpak.",
            ["Input.ChangedInVersion"] = later.ToString(),
            ["Input.ChangedPart"] = seed.Priority.Key,
            ["Input.GoToNext"] = "true",
        });

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        saved.Headers.Location!.ToString().ShouldBe($"{seed.Register}/{second}"); // on to the next open reaction
        var reaction = await seed.LoadAsync(first);
        reaction.Handling.ShouldBe(HandlingStatus.Processed);
        reaction.ChangedPart.ShouldBe(seed.Priority);
        reaction.HandledBy.ShouldEndWith("@example.nl");
        var (_, page) = await redacteur.GetAsync($"{seed.Register}/{first}");
        page.QuerySelector(".changed-in__link")!.GetAttribute("href")
            .ShouldBe($"/werkruimte/plannen/{RegisterSeed.Plan}/versies/{later}#prioriteit-{seed.Priority.Id}");
        page.QuerySelector("a[rel=next]")!.GetAttribute("href").ShouldBe($"{seed.Register}/{second}");
    }

    [Fact]
    public async Task A_part_that_is_not_in_the_chosen_version_or_a_version_not_later_is_refused_at_its_field()
    {
        var seed = await RegisterSeed.RoundAsync(app);
        var id = await seed.ReactionAsync("AOV Hoorn", ReactionKind.ProposedChange, seed.Priority);
        var later = await RegisterSeed.NewVersionAsync(app, "85%-versie");
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, form) = await redacteur.GetAsync($"{seed.Register}/{id}");

        var (_, wrongPart) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string>
        { ["Input.Status"] = "Processed", ["Input.ChangedInVersion"] = later.ToString(), ["Input.ChangedPart"] = "prioriteit-999999" });
        var (_, earlier) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string>
        { ["Input.Status"] = "Processed", ["Input.ChangedInVersion"] = seed.VersionNumber.ToString() });

        wrongPart.QuerySelector("#part-fout")!.TextContent.ShouldContain("staat niet in ‘85%-versie’");
        earlier.QuerySelector("#version-fout")!.TextContent.ShouldBe("Kies een latere versie uit de lijst.");
        (await seed.LoadAsync(id)).Handling.ShouldBeNull();
    }

    [Fact]
    public async Task When_two_redacteuren_handle_the_same_reaction_the_later_save_is_refused_and_shows_both()
    {
        var seed = await RegisterSeed.RoundAsync(app);
        var id = await seed.ReactionAsync("AOV Hoorn", ReactionKind.Question, seed.Priority);
        var first = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var second = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, firstForm) = await first.GetAsync($"{seed.Register}/{id}");
        var (_, secondForm) = await second.GetAsync($"{seed.Register}/{id}");

        await first.SubmitAllAsync(firstForm, new Dictionary<string, string> { ["Input.Status"] = "Answered", ["Input.Note"] = "Antwoord van de eerste." });
        var (refused, page) = await second.SubmitAllAsync(secondForm, new Dictionary<string, string> { ["Input.Status"] = "Noted", ["Input.Note"] = "Van de tweede." });

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var conflict = page.QuerySelector(".conflict")!.TextContent;
        conflict.ShouldContain("Antwoord van de eerste.");
        conflict.ShouldContain("Van de tweede.");
        conflict.ShouldContain("Beantwoord");
        page.QuerySelector("textarea[name='Input.Note']")!.TextContent.ShouldBe("Van de tweede.");
        (await seed.LoadAsync(id)).HandlingNote.ShouldBe("Antwoord van de eerste.");

        var (again, _) = await second.SubmitAllAsync(page, new Dictionary<string, string> { ["Input.Status"] = "Noted" });
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await seed.LoadAsync(id)).Handling.ShouldBe(HandlingStatus.Noted);
    }
}
