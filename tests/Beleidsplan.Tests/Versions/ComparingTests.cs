using System.Globalization;
using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Versions;
using Microsoft.EntityFrameworkCore;
using static Beleidsplan.Tests.Versions.VersionSteps;

namespace Beleidsplan.Tests.Versions;

[Collection(VersionsSite.Name)]
public class ComparingTests(AppFactory app)
{
    [Fact]
    public async Task Comparing_two_versions_after_edits_shows_the_changed_words_the_counts_and_the_added_sub_theme()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (subTheme, priority, _, _) = await SubThemeAsync(app, 1);
        var chapter = await app.WithDbAsync(async db =>
        {
            var planId = await db.Plans.Where(p => p.Slug == Plan).Select(p => p.Id).SingleAsync();
            return await db.Chapters.Where(c => c.PlanId == planId && c.ParentId == null).OrderBy(c => c.Position).Select(c => new { c.Id, c.Title }).FirstAsync();
        });
        await EditSubThemeAsync(redacteur, subTheme, "Problem", "De handel in drugs groeit in de havens.");
        var older = await FreezeAsync(redacteur, "70%-versie");

        await EditSubThemeAsync(redacteur, subTheme, "Problem", "De handel in synthetische drugs groeit snel in de havens.");
        var (_, chapterForm) = await redacteur.GetAsync($"/werkruimte/plannen/{Plan}/hoofdstukken/{chapter.Id}");
        await redacteur.SubmitAllAsync(chapterForm, new Dictionary<string, string> { ["Input.Title"] = chapter.Title + " en leeswijzer" });
        var (_, newForm) = await redacteur.GetAsync($"/werkruimte/plannen/{Plan}/deelthemas/nieuw?prioriteit={priority}");
        var (created, _) = await redacteur.SubmitAllAsync(newForm, new Dictionary<string, string>
        {
            ["Input.Title"] = "Cybercriminaliteit",
            ["Input.Meaning"] = "Criminaliteit via internet.",
        });
        var added = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1].Split('?')[0], CultureInfo.InvariantCulture);
        var newer = await FreezeAsync(redacteur, "85%-versie");

        var page = await PageAsync(redacteur, $"{VersionList}/vergelijken?van={older}&met={newer}");

        var parts = await app.WithDbAsync(async db => VersionParts.Of((await db.PlanVersions.SingleAsync(v => v.Plan!.Slug == Plan && v.Number == newer)).Content()).Count);
        Count(page, "toegevoegd").ShouldBe(1);
        Count(page, "verwijderd").ShouldBe(0);
        Count(page, "gewijzigd").ShouldBe(2);
        Count(page, "ongewijzigd").ShouldBe(parts - 3);
        page.QuerySelectorAll(".comparison-changes a").Select(a => a.GetAttribute("href"))
            .ShouldBe([$"#hoofdstuk-{chapter.Id}", $"#deelthema-{subTheme}", $"#deelthema-{added}"], ignoreOrder: true);

        var changed = page.QuerySelector($"#deelthema-{subTheme}")!;
        changed.ClassList.ShouldContain("comparison-part--gewijzigd");
        var inline = changed.QuerySelector(".diff-inline")!;
        inline.QuerySelectorAll("ins").Select(i => i.TextContent.Trim()).ShouldBe(["synthetische", "snel"]);
        inline.QuerySelectorAll("del").ShouldBeEmpty();
        changed.QuerySelector(".diff-column--older")!.TextContent.ShouldContain("De handel in drugs groeit in de havens.");
        changed.QuerySelector(".diff-column--newer ins")!.TextContent.Trim().ShouldBe("synthetische");
        var renamed = page.QuerySelector($"#hoofdstuk-{chapter.Id}")!;
        renamed.ClassList.ShouldContain("comparison-part--gewijzigd");
        renamed.QuerySelector(".diff-inline ins")!.TextContent.ShouldBe("en leeswijzer");
        var addedPart = page.QuerySelector($"#deelthema-{added}")!;
        addedPart.ClassList.ShouldContain("comparison-part--toegevoegd");
        addedPart.QuerySelector(".change-badge")!.TextContent.ShouldBe("Toegevoegd");
        addedPart.QuerySelectorAll(".diff-inline ins").Select(i => i.TextContent).ShouldBe(["Cybercriminaliteit", "Criminaliteit via internet."]);

        // Any two versions, either way round: the older is compared with the newer, so the additions stay additions.
        var reversed = await PageAsync(redacteur, $"{VersionList}/vergelijken?van={newer}&met={older}");
        Count(reversed, "toegevoegd").ShouldBe(1);
        reversed.QuerySelector("h1")!.TextContent.ShouldBe($"Versie {older} en versie {newer} vergeleken");
    }

    [Theory]
    [InlineData("", "van", "Kies een versie.")]
    [InlineData("?van=1", "met", "Kies een versie.")]
    [InlineData("?van=abc&met=1", "van", "Kies een versie uit de lijst; geef het nummer van de versie.")]
    [InlineData("?van=-1&met=1", "van", "Kies een versie uit de lijst; geef het nummer van de versie.")]
    [InlineData("?van=1&met=99999999999", "met", "Kies een versie uit de lijst; geef het nummer van de versie.")]
    [InlineData("?van=1&met=1", "met", "Kies twee verschillende versies.")]
    [InlineData("?van=1&met=9999", "met", "Versie 9999 bestaat niet bij dit plan.")]
    public async Task A_choice_that_cannot_be_compared_gets_a_Dutch_message_at_its_field(string query, string field, string message)
    {
        var member = await TestUsers.SignedInAsync(app, Role.Bestuurder);

        var (response, page) = await member.GetAsync($"{VersionList}/vergelijken{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector($"#{field}-fout")!.TextContent.ShouldBe(message);
        page.QuerySelector($"#{field}")!.GetAttribute("aria-invalid").ShouldBe("true");
        page.QuerySelectorAll(".comparison-part").ShouldBeEmpty();
        page.QuerySelector("[role=alert]")!.TextContent.ShouldContain("kunnen niet worden vergeleken");
    }

    [Fact]
    public async Task Markup_in_a_version_is_shown_as_text_in_the_comparison()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (subTheme, _, _, _) = await SubThemeAsync(app, 2);
        var older = await FreezeAsync(redacteur, "Voor de aanval");
        await EditSubThemeAsync(redacteur, subTheme, "WhyPriority", "<script>alert('versie')</script><img src=x onerror=alert(1)>");
        var newer = await FreezeAsync(redacteur, "Na de aanval");

        var (response, page) = await redacteur.GetAsync($"{VersionList}/vergelijken?van={older}&met={newer}");
        var html = await response.Content.ReadAsStringAsync();

        page.QuerySelectorAll("main script, main img").ShouldBeEmpty();
        html.ShouldNotContain("<script>alert");
        page.QuerySelector($"#deelthema-{subTheme} .diff-column--newer")!.TextContent.ShouldContain("<script>alert('versie')</script>");
    }

    private static int Count(AngleSharp.Dom.IDocument page, string change) =>
        int.Parse(page.QuerySelector($".comparison-summary__item[data-change='{change}'] .comparison-summary__count")!.TextContent, CultureInfo.InvariantCulture);
}
