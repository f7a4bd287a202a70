using System.Text.RegularExpressions;
using Beleidsplan.BrowserTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Beleidsplan.BrowserTests;

/// <summary>
/// The 2018 cycle of seed 004, replayed in a browser on the IMV 2019-2022: the 70% version out for
/// consultation (18 June to 13 July 2018), reactions from several organisations (one after the
/// deadline, processed all the same), every one handled, the 85% version sent again to those who
/// gave critical reactions, the comparison of 70% and 85%, the 95% version, and the reactienota.
/// </summary>
[Collection(BrowserSiteDefinition.Name)]
public partial class ConsultationCycleJourneyTests(BrowserSite site)
{
    private const string Plan = "imv-noord-holland-2019-2022";
    private const string Workspace = $"/werkruimte/plannen/{Plan}";
    private const string Change = "De werkgroep beschrijft de rol van de gemeente bij de aanpak van personen met verward gedrag.";

    [Fact]
    public async Task The_seventy_eighty_five_ninety_five_cycle_runs_with_every_reaction_handled_and_in_the_reactienota()
    {
        var redacteur = await WorkspaceUsers.SignInNewAsync(site, WorkspaceUsers.Redacteur);
        var page = await redacteur.NewPageAsync(1280);
        var published = await SiteVersions.PublishedAsync(site, Plan);
        try
        {
            var seventy = await FreezeAsync(page, "70%-versie", "2018-06-18");
            var round = await NewRoundAsync(page, "Consultatie 70%-versie", seventy, "2018-06-18", "2018-07-13");
            await InviteAsync(page, round);

            // Two reactions came by letter and e-mail before the deadline; the mayor used the link, late.
            await RegisterAsync(page, round, "Hoofdofficier van justitie", "Openbaar Ministerie", "Per e-mail", "2018-07-02",
                "Vraag", "Hoe verhoudt dit plan zich tot het jaarplan van het OM?");
            await RegisterAsync(page, round, "Politiechef", "Politie eenheid Noord-Holland", "Per brief", "2018-07-10",
                "Instemming", "Wij steunen de vier gekozen thema's.");
            await RegisterAsync(page, round, "Gemeente Haarlem", "Gemeente Haarlem", "Per e-mail", "2018-07-12",
                "Opmerking", "Voeg een vijfde thema toe: drugs in relatie tot jeugd.");
            await ReactThroughPersonalLinkAsync("burgemeester.alkmaar@example.nl", "Zorg",
                "Beschrijf beter welke rol de gemeente heeft bij zorg en veiligheid.");

            await EditZorgAsync(page);
            var eightyFive = await FreezeAsync(page, "85%-versie", "2018-07-27");
            await HandleAllAsync(page, round, eightyFive);
            await CloseAsync(page, round);

            var followUp = await FollowUpAsync(page, round, eightyFive);
            await ShowsEarlierReactionAsync(page, followUp, "burgemeester.alkmaar@example.nl");

            await CompareAsync(page, seventy, eightyFive);
            var ninetyFive = await FreezeAsync(page, "95%-versie", "2018-08-10");
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("95%-versie");
            ninetyFive.ShouldBeGreaterThan(eightyFive);

            await ReactienotaHoldsEveryReactionAsync(page, round);
        }
        finally
        {
            await SiteVersions.RepublishAsync(site, Plan, published);
            await page.Context.CloseAsync();
        }
    }

    private static async Task<int> FreezeAsync(IPage page, string label, string date)
    {
        await page.GotoAsync($"{Workspace}/versies");
        await page.GetByRole(AriaRole.Link, new() { Name = "Werktekst vastleggen als nieuwe versie" }).ClickAsync();
        await page.GetByLabel("Naam van de versie").FillAsync(label);
        await page.GetByLabel("Datum van de versie").FillAsync(date);
        await page.GetByRole(AriaRole.Button, new() { Name = "Versie vastleggen" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/versies/\d+"));
        return int.Parse(NumberAtEnd().Match(page.Url.Split('?')[0]).Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<int> NewRoundAsync(IPage page, string title, int version, string opens, string deadline)
    {
        await page.GotoAsync($"{Workspace}/consultatie");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe ronde" }).ClickAsync();
        await page.GetByLabel("Titel").FillAsync(title);
        await SelectContainingAsync(page.GetByLabel("Versie", new() { Exact = true }), version, "70%-versie");
        await page.GetByLabel("Openingsdatum").FillAsync(opens);
        await page.GetByLabel("Uiterste datum voor reacties").FillAsync(deadline);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ronde aanmaken" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/consultatie/\d+"));
        return int.Parse(NumberAtEnd().Match(page.Url.Split('?')[0]).Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task InviteAsync(IPage page, int round)
    {
        await page.GotoAsync($"{Workspace}/consultatie/{round}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Genodigden toevoegen en uitnodigen" }).ClickAsync();
        await page.GetByLabel("Groep").Last.SelectOptionAsync(new SelectOptionValue { Label = "Burgemeesters" });
        await page.GetByLabel("Personen, één per regel").FillAsync("Burgemeester van Alkmaar <burgemeester.alkmaar@example.nl>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Personen toevoegen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitnodigingen versturen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("staat klaar om te worden verzonden");
    }

    private static async Task RegisterAsync(IPage page, int round, string name, string organisation, string via, string date, string kind, string text)
    {
        await page.GotoAsync($"{Workspace}/consultatie/{round}/registreren");
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Organisatie (niet verplicht)").FillAsync(organisation);
        await page.GetByLabel("Groep").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Ontvangen", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = via });
        await page.GetByLabel("Datum van ontvangst").FillAsync(date);
        if (organisation != "Openbaar Ministerie")
        {
            await page.GetByLabel("E-mailadres (niet verplicht)").FillAsync($"{organisation.Replace(' ', '.').ToLowerInvariant()}@example.nl");
        }
        else
        {
            await page.GetByLabel("E-mailadres (niet verplicht)").FillAsync("hovj@example.nl");
        }

        await page.GetByLabel(kind, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Reactie", new() { Exact = true }).FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Reactie registreren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"De reactie van {name} is geregistreerd");
    }

    private async Task ReactThroughPersonalLinkAsync(string email, string part, string text)
    {
        var body = await SiteUsers.WithDbAsync(site, db => db.OutboxMessages.Where(m => m.To == email).OrderByDescending(m => m.Id).Select(m => m.Body).FirstAsync());
        var link = PersonalLink().Match(body).Value;
        var respondent = await site.NewPageAsync();
        await respondent.GotoAsync(link);
        await SelectContainingAsync(respondent.GetByLabel("Onderdeel", new() { Exact = true }), null, part);
        await respondent.GetByLabel("Voorstel tot wijziging", new() { Exact = true }).CheckAsync();
        await respondent.GetByLabel("Reactie", new() { Exact = true }).FillAsync(text);
        await respondent.GetByRole(AriaRole.Button, new() { Name = "Verstuur reactie" }).ClickAsync();
        await Assertions.Expect(respondent.Locator("main")).ToContainTextAsync("Uw reactie is ontvangen");
        await Assertions.Expect(respondent.Locator("main")).ToContainTextAsync("te laat");
        await respondent.Context.CloseAsync();
    }

    private static async Task EditZorgAsync(IPage page)
    {
        await page.GotoAsync(Workspace);
        await page.Locator("li[id^='prioriteit-']").Filter(new() { HasText = "zorg" }).GetByRole(AriaRole.Link).Filter(new() { HasText = "Bewerken" }).First.ClickAsync();
        var approach = page.GetByLabel("Wat gaan we doen?");
        await approach.FillAsync((await approach.InputValueAsync()) + "\n\n" + Change);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Opgeslagen");
    }

    [GeneratedRegex(@"\d+$")]
    private static partial Regex NumberAtEnd();

    [GeneratedRegex(@"/reageren/[0-9a-f]{64}")]
    private static partial Regex PersonalLink();

    /// <summary>Chooses the option whose text contains <paramref name="text"/> (or whose value is the number).</summary>
    private static async Task SelectContainingAsync(ILocator select, int? value, string text)
    {
        var option = value is { } number
            ? select.Locator($"option[value='{number}']").Or(select.Locator("option", new() { HasText = text })).First
            : select.Locator("option", new() { HasText = text }).First;
        await select.SelectOptionAsync(await option.GetAttributeAsync("value") ?? "");
    }
}
