using Beleidsplan.BrowserTests.Infrastructure;
using Beleidsplan.Web.Domain.Consultation;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Beleidsplan.BrowserTests;

/// <summary>
/// An invitee reacts through their personal link in a real browser: selecting words in the text puts
/// them in the Passage field and chooses that part (js/reacting.js), and the page meets WCAG 2.1 AA.
/// </summary>
[Collection(BrowserSiteDefinition.Name)]
public class ReactingBrowserTests(BrowserSite site)
{
    private static readonly AxeRunOptions WcagAandAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    [Fact]
    public async Task Selecting_a_passage_fills_the_passage_and_part_and_the_reaction_is_received()
    {
        var token = await CreateRoundAsync();
        var page = await site.NewPageAsync();
        await page.GotoAsync($"/reageren/{token}");
        var passage = page.GetByLabel("Passage (niet verplicht)");
        var part = page.GetByLabel("Onderdeel", new() { Exact = true });

        // With the mouse: a triple click selects a paragraph of a sub-theme.
        var subTheme = page.Locator("[data-part^='deelthema-']").First;
        var subThemeKey = await subTheme.GetAttributeAsync("data-part");
        var paragraph = subTheme.Locator(".prose p").First;
        var words = Normalise(await paragraph.InnerTextAsync());
        await paragraph.ClickAsync(new() { ClickCount = 3 });
        await Assertions.Expect(passage).ToHaveValueAsync(words);
        await Assertions.Expect(part).ToHaveValueAsync(subThemeKey!);
        await Assertions.Expect(page.Locator("[data-reaction-passage-notice]")).ToContainTextAsync("Passage overgenomen");

        // Through the selection API, as assistive tools select: some words of a chapter's text.
        var chapter = page.Locator("[data-part^='hoofdstuk-']").Filter(new() { Has = page.Locator(".prose p") }).First;
        var chapterKey = await chapter.GetAttributeAsync("data-part");
        var selected = Normalise(await chapter.Locator(".prose p").First.EvaluateAsync<string>("""
            p => {
                const text = p.firstChild;
                const range = document.createRange();
                range.setStart(text, 0);
                range.setEnd(text, Math.min(40, text.length));
                getSelection().removeAllRanges();
                getSelection().addRange(range);
                return getSelection().toString();
            }
            """));
        selected.ShouldNotBeEmpty();
        await Assertions.Expect(passage).ToHaveValueAsync(selected);
        await Assertions.Expect(part).ToHaveValueAsync(chapterKey!);

        // "Reageer op dit onderdeel" chooses its part without leaving the page.
        var url = page.Url;
        var priority = page.Locator("[data-part^='prioriteit-']").First;
        await priority.GetByRole(AriaRole.Link, new() { NameRegex = new("^Reageer op dit onderdeel") }).ClickAsync();
        await Assertions.Expect(part).ToHaveValueAsync((await priority.GetAttributeAsync("data-part"))!);
        await Assertions.Expect(part).ToBeFocusedAsync();
        page.Url.ShouldBe(url);
        await Assertions.Expect(passage).ToHaveValueAsync(""); // a passage taken from another part goes
        await passage.FillAsync(selected); // one typed (or pasted) is the person's own

        await ShouldPassAxeAsync(page);
        await page.GetByLabel("Reactie", new() { Exact = true }).FillAsync("Graag meer aandacht voor de preventie.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Verstuur reactie" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Uw reactie is ontvangen" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".reaction-received .reaction-passage")).ToHaveTextAsync(selected);
        var stored = await SiteUsers.WithDbAsync(site, db => db.Reactions.SingleAsync(r => r.Text == "Graag meer aandacht voor de preventie."));
        stored.Passage.ShouldBe(selected);
        stored.Part.Key.ShouldBe(await priority.GetAttributeAsync("data-part"));
        await ShouldPassAxeAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_personal_link_page_has_no_WCAG_violation_and_nothing_wider_than_a_phone()
    {
        var token = await CreateRoundAsync();
        var page = await site.NewPageAsync(width: 360);
        await page.GotoAsync($"/reageren/{token}");

        await ShouldPassAxeAsync(page);
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(360);

        // A form with errors at its fields, too.
        await page.GetByRole(AriaRole.Button, new() { Name = "Verstuur reactie" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_Text-error")).ToHaveTextAsync("Schrijf uw reactie.");
        await ShouldPassAxeAsync(page);
        await page.Context.CloseAsync();
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private Task<string> CreateRoundAsync() => SiteUsers.WithDbAsync(site, async db =>
    {
        var version = await db.PlanVersions.Where(v => v.Plan!.Slug == "imv-noord-holland-2024-2027" && v.Number == 1).SingleAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var token = LinkToken.New();
        db.ConsultationInvitees.Add(new ConsultationInvitee
        {
            PlanId = version.PlanId,
            Round = new ConsultationRound
            {
                PlanId = version.PlanId,
                PlanVersionId = version.Id,
                Title = "Consultatie over de 70%-versie",
                Introduction = "Wij horen graag uw reactie, uiterlijk op de genoemde datum.",
                OpensOn = today.AddDays(-3),
                Deadline = today.AddDays(20),
                CreatedAt = DateTimeOffset.UtcNow,
            },
            Group = AudienceGroup.Partners,
            Name = "RIEC Noord-Holland",
            Email = $"{Guid.NewGuid():N}@riec.example.nl",
            TokenHash = LinkToken.Hash(token),
            InvitedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
        return token;
    });

    private static async Task ShouldPassAxeAsync(IPage page)
    {
        var result = await page.RunAxe(WcagAandAA);
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n", v.Nodes.Take(5).Select(n => $"    {n.Target}: {n.Html}")));
        result.Violations.ShouldBeEmpty($"{page.Url}:\n{string.Join("\n", violations)}");
    }
}
