using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Workspace;

/// <summary>No Markdown a redacteur types can break a page: odd, deep, huge or half-finished input still renders.</summary>
[Collection(WorkspaceSite.Name)]
public class MarkdownInputTests(AppFactory app)
{
    private const string Plan = "imv-noord-holland-2024-2027";

    public static readonly TheoryData<string, string> Inputs = new()
    {
        { "diep geneste citaten", new string('>', 5000) + " diep" },
        { "diep geneste lijsten", string.Concat(Enumerable.Range(0, 150).Select(i => new string(' ', i * 2) + "- niveau\n")) },
        { "open codeblok", "```\nnooit gesloten <script>alert(1)</script>" },
        { "scheve tabel", "| a | b |\n|---|\n| 1 | 2 | 3 | 4 |\n|" + new string('|', 3000) },
        { "html-commentaar en entiteiten", "<!-- <script> --> &#0; &#x110000; &bogus; \u202e omgekeerd" },
        { "lange regel zonder spaties", new string('x', 40_000) },
        { "links en afbeeldingen", "![](javascript:alert(1)) [a](data:text/html,<script>) <https://example.nl> [[[[[]]]]] ((((" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Odd_markdown_is_saved_and_every_page_showing_it_still_renders(string name, string markdown)
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var subTheme = await app.WithDbAsync(db => db.SubThemes.Include(s => s.Priority).Where(s => s.Plan!.Slug == Plan)
            .OrderBy(s => s.Id).Skip(4).FirstAsync());
        var (_, form) = await redacteur.GetAsync($"/werkruimte/plannen/{Plan}/deelthemas/{subTheme.Id}");

        var (saved, _) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string> { ["Input.Meaning"] = markdown });

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, name);
        string[] pages =
        [
            $"/plannen/{Plan}/prioriteiten/{subTheme.Priority!.Slug}/{subTheme.Slug}",
            $"/plannen/{Plan}/afdrukken",
            $"/plannen/{Plan}/zoeken?q=niveau",
            $"/werkruimte/plannen/{Plan}/deelthemas/{subTheme.Id}",
            $"/werkruimte/plannen/{Plan}/geschiedenis?soort=SubTheme&id={subTheme.Id}",
        ];
        foreach (var url in pages)
        {
            var (response, page) = await redacteur.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{name}: {url}");
            page.QuerySelector("main h1").ShouldNotBeNull($"{name}: {url}");
            page.QuerySelectorAll("main script, main iframe").ShouldBeEmpty($"{name}: {url}");
        }

        var (_, preview) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string> { ["Input.Meaning"] = markdown }, handler: "Preview");
        preview.QuerySelector(".preview").ShouldNotBeNull(name);
    }

    [Fact]
    public async Task A_nul_character_is_refused_as_a_bad_request_and_nothing_is_saved()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var subTheme = await app.WithDbAsync(db => db.SubThemes.Where(s => s.Plan!.Slug == Plan).OrderBy(s => s.Id).Skip(5).FirstAsync());
        var (_, form) = await redacteur.GetAsync($"/werkruimte/plannen/{Plan}/deelthemas/{subTheme.Id}");

        var (response, page) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string> { ["Input.Meaning"] = "voor \u0000 na" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest); // browsers never send it; the form reader refuses it
        page.QuerySelector("main h1")!.TextContent.ShouldBe("Niet gelukt");
        (await app.WithDbAsync(db => db.SubThemes.Where(s => s.Id == subTheme.Id).Select(s => s.Version).SingleAsync())).ShouldBe(subTheme.Version);
    }
}
