using System.Globalization;
using Beleidsplan.BrowserTests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Beleidsplan.BrowserTests;

/// <summary>
/// The strength distribution (issue 6) as the working group works with it: a redacteur pastes the
/// formation tables of seed 002 (at another reference date, so the demo's formation stays), checks the
/// preview and its findings, imports, reads the formation, plans a change and sees it in the
/// projection; a citizen reads the public tables and chart.
/// </summary>
[Collection(BrowserSiteDefinition.Name)]
public class StrengthJourneyTests(BrowserSite site)
{
    private const string Current = WorkspacePages.Current;
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    [Fact]
    public async Task A_redacteur_imports_the_seed_tables_plans_a_change_and_a_citizen_reads_the_tables()
    {
        var redacteur = await WorkspaceUsers.GetAsync(site, WorkspaceUsers.Redacteur);
        var page = await redacteur.NewPageAsync(1280);
        try
        {
            await WorkspacePages.StrengthPreviewAsync(page, "1 okt. 2025");
            await Assertions.Expect(page.Locator("#eenheid-totaal")).ToContainTextAsync("aspirant 295,30, wijkagent 305,00, overig 2.980,90, totaal 3.581,20");
            var findings = page.GetByRole(AriaRole.Table, new() { Name = "Bevindingen bij het inlezen" });
            await Assertions.Expect(findings).ToContainTextAsync("Afdeling Analyse en Onderzoek");
            await Assertions.Expect(findings).ToContainTextAsync("DRR");
            await ShouldPassAxeAsync(page);

            await page.GetByRole(AriaRole.Button, new() { Name = "Importeren" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("is geïmporteerd");
            await page.GetByRole(AriaRole.Link, new() { Name = "Bekijk de formatie" }).ClickAsync();
            await page.WaitForURLAsync($"**{Current}/sterkte/formaties/2025-10-01");
            await Assertions.Expect(page.Locator("main table").First).ToContainTextAsync("3.581,20");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Afdeling Analyse en Onderzoek");

            var before = await ProjectedTotalAsync(page);
            await PlanChangeAsync(page);
            (await ProjectedTotalAsync(page)).ShouldBe(before + 2.00m);

            await CitizenReadsThePublicTablesAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task PlanChangeAsync(IPage page)
    {
        await page.GotoAsync($"{Current}/sterkte/wijzigingen/nieuw");
        var haarlem = page.GetByLabel("Onderdeel", new() { Exact = true }).Locator("option", new() { HasTextString = "Basisteam Haarlem" }).First;
        await page.GetByLabel("Onderdeel", new() { Exact = true }).SelectOptionAsync(await haarlem.GetAttributeAsync("value") ?? "");
        await page.GetByLabel("Categorie", new() { Exact = true }).SelectOptionAsync("wijkagent");
        await page.GetByLabel("Fte (negatief voor een vermindering, bijvoorbeeld 2,50)").FillAsync("2,00");
        await page.GetByLabel("Reden", new() { Exact = true }).FillAsync("Extra wijkagenten voor de binnenstad (journeytest).");
        await page.GetByLabel("Besluit", new() { Exact = true }).FillAsync("Besluit van de werkgroep (journeytest)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.EndsWith("/nieuw", StringComparison.Ordinal));
        await page.GotoAsync($"{Current}/sterkte/wijzigingen");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Besluit van de werkgroep (journeytest)");
    }

    private static async Task<decimal> ProjectedTotalAsync(IPage page)
    {
        await page.GotoAsync($"{Current}/sterkte/projectie");
        var text = await page.Locator("#projectie-totalen dt:text-is('Verwacht totaal') + dd").InnerTextAsync();
        return decimal.Parse(text, NumberStyles.Number, Dutch);
    }

    private async Task CitizenReadsThePublicTablesAsync()
    {
        var page = await site.NewPageAsync(360);
        try
        {
            await page.GotoAsync($"{PublicPages.Imv}/sterkteverdeling");
            var unit = page.GetByRole(AriaRole.Table, new() { Name = "Formatie van Eenheid Noord-Holland per onderdeel (fte)" });
            await Assertions.Expect(unit.Locator("tfoot")).ToContainTextAsync("3.581,20");
            await Assertions.Expect(page.Locator("figure.strength-chart svg")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#tabel-districten")).ToContainTextAsync("District Kennemerland");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Besluit van de werkgroep (journeytest)");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task ShouldPassAxeAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
            ResultTypes = [ResultType.Violations],
        });
        result.Violations.Select(v => $"{v.Id}: {v.Help} {string.Join(" ", v.Nodes.Take(3).Select(n => n.Target))}").ShouldBeEmpty();
    }
}
