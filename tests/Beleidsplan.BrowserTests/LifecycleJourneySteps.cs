using Beleidsplan.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Beleidsplan.BrowserTests;

public partial class LifecycleJourneyTests
{
    /// <summary>The municipality's own gemeente user registers its council's decision, as seed 001's clerk would.</summary>
    private async Task RegisterOutcomeAsync(string slug, string municipality, string outcome, string decidedOn, string? text)
    {
        var gemeente = await WorkspaceUsers.SignInGemeenteAsync(site, municipality);
        var page = await gemeente.NewPageAsync(1280);
        try
        {
            await page.GotoAsync("/werkruimte");
            await page.GetByRole(AriaRole.Link, new() { Name = Title, Exact = false }).First.ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Gemeenteraden", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = municipality, Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Gemeenteraad {municipality}");
            await page.GetByLabel("Raadsvergadering (optioneel)").FillAsync(decidedOn);
            await page.GetByLabel(outcome, new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Datum van het besluit").FillAsync(decidedOn);
            if (text is not null)
            {
                await page.GetByLabel("Tekst van het besluit", new() { Exact = false }).FillAsync(text);
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Opgeslagen");
            await Assertions.Expect(page.Locator(".council-status")).ToContainTextAsync(decidedOn == "2025-10-30" ? "Te laat" : "Gehoord");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task TrackerShowsThreeOfThirtyTwoAsync(IPage page, string slug)
    {
        await page.GotoAsync($"/werkruimte/plannen/{slug}/gemeenteraden");
        await Assertions.Expect(page.Locator("#council-counts")).ToContainTextAsync("3 van 32 gehoord");
        await Assertions.Expect(page.Locator("#council-counts")).ToContainTextAsync("waarvan 1 te laat");
        await Assertions.Expect(page.Locator("#council-counts")).ToContainTextAsync("29 termijn verstreken");
    }

    /// <summary>Haarlem's wishes and objections are a reaction of the councils' round, handled like any other.</summary>
    private static async Task WishesAreInTheRegisterAsync(IPage page, string slug)
    {
        await page.GotoAsync($"/werkruimte/plannen/{slug}/gemeenteraden/GM0392");
        await page.GetByRole(AriaRole.Link, new() { Name = "In het reactieregister" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(Wishes);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Gemeenteraad Haarlem");
    }

    private static async Task AdoptionIsRefusedThenDoneWithReasonAsync(IPage page, string slug, int version)
    {
        await RecordDecisionAsync(page, slug, "vaststelling", "2025-11-13", "Regionaal Bestuurlijk Overleg Politie", version);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("29 van de 32 gemeenteraden");
        await Assertions.Expect(page.Locator("#raden-stand")).ToContainTextAsync("3 van de 32 gemeenteraden zijn gehoord");

        await RecordDecisionAsync(page, slug, "vaststelling", "2025-11-13", "Regionaal Bestuurlijk Overleg Politie", version, AdoptionReason);
        await page.GotoAsync($"/werkruimte/plannen/{slug}/besluiten");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(AdoptionReason);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("13 november 2025");
    }

    private static async Task PublicSiteShowsTheAdoptedVersionAsync(IPage page, string slug)
    {
        await page.GotoAsync($"/plannen/{slug}");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Vastgesteld op 13 november 2025 door Regionaal Bestuurlijk Overleg Politie");
        foreach (var (theme, _) in SitePlans.Themes)
        {
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync(theme);
        }

        await page.GotoAsync($"/plannen/{slug}/gemeenteraden");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Bloemendaal");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Wensen en bedenkingen");
    }

    /// <summary>Each legal requirement with its state in words and the reason the data give.</summary>
    private static async Task ChecklistShowsEachItemAsync(IPage page, string slug)
    {
        await page.GotoAsync($"/plannen/{slug}/wettelijke-toets");
        await ExpectItemAsync(page, "periode", "Voldaan", "2026-2029 beslaat 4 jaar");
        await ExpectItemAsync(page, "sterkteverdeling", "Niet voldaan", "Er is geen formatie aan het plan gekoppeld");
        await ExpectItemAsync(page, "raden-gehoord", "Niet voldaan", "3 van de 32 gemeenteraden zijn gehoord vóór de vaststelling op 13 november 2025");
        await ExpectItemAsync(page, "raden-gehoord", "Niet voldaan", AdoptionReason);
        await ExpectItemAsync(page, "vastgesteld", "Voldaan", "Regionaal Bestuurlijk Overleg Politie");
        await Assertions.Expect(page.Locator("#toets-lva .check-status")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.Locator("tr[id^=toets-jaarverslag]").First).ToBeVisibleAsync();
    }

    private static async Task ExpectItemAsync(IPage page, string code, string state, string reason)
    {
        var row = page.Locator($"#toets-{code}");
        await Assertions.Expect(row.Locator(".check-status")).ToHaveTextAsync(state);
        await Assertions.Expect(row).ToContainTextAsync(reason);
    }
}
