using Beleidsplan.BrowserTests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Beleidsplan.BrowserTests;

/// <summary>The handling, the next round, the comparison and the reactienota of the cycle journey.</summary>
public partial class ConsultationCycleJourneyTests
{
    /// <summary>How the working group handled each reaction, by a word of its text (seed 004's kinds of handling).</summary>
    private static readonly (string Text, string Status, string? Note)[] Handling =
    [
        ("jaarplan van het OM", "Beantwoord", "Het jaarplan van het OM volgt de thema's van dit plan."),
        ("vier gekozen thema", "Voor kennisgeving aangenomen", null),
        ("vijfde thema", "Niet verwerkt", "De prioriteitenpeiling biedt geen steun voor een vijfde thema."),
        ("rol de gemeente", "Verwerkt", "De rol van de gemeente is beschreven bij zorg en veiligheid."),
    ];

    private static async Task HandleAllAsync(IPage page, int round, int changedIn)
    {
        foreach (var (text, status, note) in Handling)
        {
            await page.GotoAsync($"{Workspace}/consultatie/{round}/reacties");
            await page.Locator("tr").Filter(new() { HasText = text }).GetByRole(AriaRole.Link).Filter(new() { HasText = "Afhandelen" }).ClickAsync();
            await page.GetByLabel(status, new() { Exact = true }).CheckAsync();
            if (note is not null)
            {
                await page.GetByLabel("Toelichting, antwoord of reden").FillAsync(note);
            }

            if (status == "Verwerkt")
            {
                await page.Locator("#Input_ChangedInVersion").SelectOptionAsync(changedIn.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var part = page.Locator("#Input_ChangedPart option").Filter(new() { HasText = "zorg" }).First;
                await page.Locator("#Input_ChangedPart").SelectOptionAsync(await part.GetAttributeAsync("value") ?? "");
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De afhandeling is opgeslagen.");
        }

        await page.GotoAsync($"{Workspace}/consultatie/{round}/reacties");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Nog niet afgehandeld 0");
        var late = page.Locator("tr").Filter(new() { HasText = "rol de gemeente" });
        await Assertions.Expect(late).ToContainTextAsync("te laat", new() { IgnoreCase = true });
    }

    private static async Task CloseAsync(IPage page, int round)
    {
        await page.GotoAsync($"{Workspace}/consultatie/{round}/sluiten");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ronde sluiten" }).ClickAsync();
        await page.GotoAsync($"{Workspace}/consultatie/{round}");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Gesloten");
    }

    /// <summary>The 85% version goes to those who gave critical reactions: everyone here but the police, who agreed.</summary>
    private static async Task<int> FollowUpAsync(IPage page, int round, int eightyFive)
    {
        await page.GotoAsync($"{Workspace}/consultatie/{round}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Vervolgronde voor de kritische reacties" }).ClickAsync();
        var invited = page.Locator("tr.follow-up-row");
        await Assertions.Expect(invited).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("tr[data-email='burgemeester.alkmaar@example.nl']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("tr[data-email='hovj@example.nl']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("tr[data-email='gemeente.haarlem@example.nl']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("tr[data-email='politie.eenheid.noord-holland@example.nl']")).ToHaveCountAsync(0);
        await SelectContainingAsync(page.GetByLabel("Versie", new() { Exact = true }), eightyFive, "85%-versie");
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await page.GetByLabel("Openingsdatum").FillAsync(today);
        await page.GetByLabel("Uiterste datum voor reacties").FillAsync(DateTime.UtcNow.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button).Filter(new() { HasText = "Vervolgronde aanmaken" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/consultatie/\d+"));
        var followUp = int.Parse(NumberAtEnd().Match(page.Url.Split('?')[0]).Value, System.Globalization.CultureInfo.InvariantCulture);
        followUp.ShouldNotBe(round);
        return followUp;
    }

    /// <summary>The mayor's new link shows the 85% text with the earlier reaction and its handling beside it.</summary>
    private async Task ShowsEarlierReactionAsync(IPage page, int followUp, string email)
    {
        var body = await SiteUsers.WithDbAsync(site, db => db.OutboxMessages.Where(m => m.To == email).OrderByDescending(m => m.Id).Select(m => m.Body).FirstAsync());
        var respondent = await site.NewPageAsync();
        await respondent.GotoAsync(PersonalLink().Match(body).Value);
        var earlier = respondent.Locator(".reacting-part--earlier");
        await Assertions.Expect(earlier).ToHaveCountAsync(1);
        await Assertions.Expect(earlier).ToContainTextAsync(Change);
        await Assertions.Expect(earlier).ToContainTextAsync("rol de gemeente");
        await Assertions.Expect(earlier).ToContainTextAsync("Verwerkt");
        await Assertions.Expect(earlier).ToContainTextAsync("85%-versie");
        await respondent.Context.CloseAsync();
        followUp.ShouldBeGreaterThan(0);
    }

    private static async Task CompareAsync(IPage page, int seventy, int eightyFive)
    {
        await page.GotoAsync($"{Workspace}/versies");
        await page.GetByLabel("Van versie (de oudere)").SelectOptionAsync(seventy.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Met versie (de nieuwere)").SelectOptionAsync(eightyFive.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Vergelijken" }).ClickAsync();
        await Assertions.Expect(page.Locator("ins").Filter(new() { HasText = "rol van de gemeente" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("gewijzigd");
    }

    /// <summary>The reactienota, downloaded as a user does and read back with the Open XML SDK.</summary>
    private static async Task ReactienotaHoldsEveryReactionAsync(IPage page, int round)
    {
        await page.GotoAsync($"{Workspace}/consultatie/{round}/reacties");
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Reactienota van deze ronde (.xlsx)" }).ClickAsync());
        var path = await download.PathAsync();
        using var workbook = SpreadsheetDocument.Open(path, false);
        var part = workbook.WorkbookPart!;
        var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToList();
        sheets.Count.ShouldBeGreaterThanOrEqualTo(2); // the round and a summary
        var first = (WorksheetPart)part.GetPartById(sheets[0].Id!);
        var rows = first.Worksheet.Descendants<Row>().Select(r => string.Join(" | ", r.Descendants<Cell>().Select(c => c.InnerText))).ToList();
        foreach (var (text, status, note) in Handling)
        {
            var row = rows.Single(r => r.Contains(text, StringComparison.Ordinal));
            row.ShouldContain(status);
            if (note is not null)
            {
                row.ShouldContain(note);
            }
        }

        var mayor = rows.Single(r => r.Contains("rol de gemeente", StringComparison.Ordinal));
        mayor.ShouldContain("Prioriteit 2: "); // the part as the respondent chose it, named once
        mayor.ShouldNotContain("Prioriteit: Prioriteit");
        rows.Count(r => r.Contains("@example.nl", StringComparison.Ordinal) || Handling.Any(h => r.Contains(h.Text, StringComparison.Ordinal)))
            .ShouldBeGreaterThanOrEqualTo(Handling.Length);
    }
}
