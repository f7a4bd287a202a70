using System.Text.RegularExpressions;
using Beleidsplan.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Beleidsplan.BrowserTests;

/// <summary>
/// Hearing the councils and adopting the plan (issue 5), as in 2023 (seeds 000 and 001) on a plan of
/// its own: the draft plan goes out; three councils register their outcome, one with wishes and
/// objections and one after the deadline; the tracker shows 3 of 32 heard; adoption is refused, then
/// done with a recorded reason; the public site shows the adopted version and the legal checklist.
/// </summary>
[Collection(BrowserSiteDefinition.Name)]
public partial class LifecycleJourneyTests(BrowserSite site)
{
    private const string Title = "Integraal Meerjarenbeleidsplan Veiligheid Noord-Holland 2026-2029";
    private const string Wishes = "De raad wenst dat het thema jeugd en veiligheid ook de preventie in het onderwijs noemt.";
    private const string AdoptionReason = "De RBOP stelt vast op de afgesproken datum; de raden die nog niet besloten, hebben laten weten geen bezwaar te hebben.";

    [Fact]
    public async Task The_draft_plan_goes_to_the_councils_and_is_adopted_with_a_reason_when_not_all_are_heard()
    {
        var slug = await SitePlans.CreateInPreparationAsync(site, Title, 2026);
        var redacteur = await WorkspaceUsers.SignInNewAsync(site, WorkspaceUsers.Redacteur);
        var page = await redacteur.NewPageAsync(1280);
        try
        {
            var draft = await FreezeAsync(page, slug, "95%-versie", "2025-08-15");
            await RecordDecisionAsync(page, slug, "ontwerp", "2025-08-15", "Regionale stuurgroep IMV", draft);
            await SendToCouncilsAsync(page, slug, "2025-08-18", "2025-10-15");

            await RegisterOutcomeAsync(slug, "Bloemendaal", "Geen wensen en bedenkingen", "2025-09-25", null);
            await RegisterOutcomeAsync(slug, "Haarlem", "Wensen en bedenkingen", "2025-10-09", Wishes);
            await RegisterOutcomeAsync(slug, "Alkmaar", "Geen wensen en bedenkingen", "2025-10-30", null);
            await TrackerShowsThreeOfThirtyTwoAsync(page, slug);
            await WishesAreInTheRegisterAsync(page, slug);

            await AdoptionIsRefusedThenDoneWithReasonAsync(page, slug, draft);
            await PublicSiteShowsTheAdoptedVersionAsync(page, slug);
            await ChecklistShowsEachItemAsync(page, slug);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task<int> FreezeAsync(IPage page, string slug, string label, string date)
    {
        await page.GotoAsync($"/werkruimte/plannen/{slug}/versies/nieuw");
        await page.GetByLabel("Naam van de versie").FillAsync(label);
        await page.GetByLabel("Datum van de versie").FillAsync(date);
        await page.GetByRole(AriaRole.Button, new() { Name = "Versie vastleggen" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/versies/\d+"));
        return int.Parse(Regex.Match(page.Url.Split('?')[0], @"\d+$").Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task RecordDecisionAsync(IPage page, string slug, string kind, string date, string body, int version, string? reason = null)
    {
        await page.GotoAsync($"/werkruimte/plannen/{slug}/besluiten/nieuw/{kind}");
        await page.GetByLabel("Datum van het besluit").FillAsync(date);
        await page.GetByLabel("Genomen door").FillAsync(body);
        await page.Locator("#Input_VersionNumber").SelectOptionAsync(version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (reason is not null)
        {
            await page.GetByLabel("Reden").FillAsync(reason);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
    }

    private static async Task SendToCouncilsAsync(IPage page, string slug, string sentOn, string deadline)
    {
        await page.GotoAsync($"/werkruimte/plannen/{slug}/gemeenteraden/versturen");
        await page.GetByLabel("Verstuurd op").FillAsync(sentOn);
        await page.GetByLabel("Uiterste datum voor de zienswijzen").FillAsync(deadline);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ontwerp versturen" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/gemeenteraden(\?|$)"));
        await Assertions.Expect(page.Locator("#council-counts")).ToContainTextAsync("0 van 32 gehoord");
    }
}
