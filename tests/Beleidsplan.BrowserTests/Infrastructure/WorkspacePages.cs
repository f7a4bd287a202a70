using System.Text;
using Microsoft.Playwright;

namespace Beleidsplan.BrowserTests.Infrastructure;

/// <summary>
/// The workspace pages and states, each opened as the user who works with it. Reading happens on the
/// current plan; anything that saves (the conflict, the history, an attachment) happens in the previous
/// plan, so the other browser tests keep reading the demo IMV 2024-2027 as it was.
/// </summary>
public static class WorkspacePages
{
    public const string Current = "/werkruimte/plannen/imv-noord-holland-2024-2027";
    public const string Previous = "/werkruimte/plannen/imv-noord-holland-2019-2022";

    public static readonly TheoryData<string> Types =
    [
        "home-redacteur", "home-beheerder", "dashboard-redacteur", "dashboard-gemeente", "plan-details",
        "chapter-new", "chapter", "priority-new", "priority", "sub-theme-new", "sub-theme", "goal-new", "goal",
        "activity-new", "activity", "validation-errors", "preview", "conflict", "delete", "history", "attachments",
        "users", "user-details", "add-role", "invite", "organisations", "organisation-add", "organisation-edit",
        "two-factor-setup", "second-step", "decisions", "decision-adoption", "legal-check", "councils", "councils-send",
        "council-hearing", "council-hearing-gemeente", "planning", "milestone-new", "documents",
        "strength", "strength-formation", "strength-import", "strength-import-preview", "strength-changes", "strength-change-new",
        "strength-projection", "strength-compare", "strength-norm", "strength-inhabitants",
    ];

    /// <summary>Opens the page type in a new tab of the right user, at the given width.</summary>
    public static async Task<IPage> OpenAsync(BrowserSite site, string type, int width)
    {
        var who = type switch
        {
            "home-beheerder" or "users" or "user-details" or "add-role" or "invite"
                or "organisations" or "organisation-add" or "organisation-edit" => WorkspaceUsers.Beheerder,
            "dashboard-gemeente" or "council-hearing-gemeente" => WorkspaceUsers.Gemeente,
            _ => WorkspaceUsers.Redacteur,
        };
        if (type == "second-step")
        {
            return await SecondStepAsync(site, width);
        }

        var user = await WorkspaceUsers.GetAsync(site, who);
        var page = await user.NewPageAsync(width);
        switch (type)
        {
            case "home-redacteur" or "home-beheerder": await page.GotoAsync("/werkruimte"); break;
            case "dashboard-redacteur" or "dashboard-gemeente": await page.GotoAsync(Current); break;
            case "plan-details": await page.GotoAsync($"{Current}/gegevens"); break;
            case "chapter-new": await page.GotoAsync($"{Current}/hoofdstukken/nieuw"); break;
            case "chapter": await page.GotoAsync($"{Current}/hoofdstukken/{await IdAsync(page, Current, "hoofdstuk")}"); break;
            case "priority-new": await page.GotoAsync($"{Current}/prioriteiten/nieuw"); break;
            case "priority": await page.GotoAsync($"{Current}/prioriteiten/{await IdAsync(page, Current, "prioriteit")}"); break;
            case "sub-theme-new": await page.GotoAsync($"{Current}/deelthemas/nieuw?prioriteit={await IdAsync(page, Current, "prioriteit")}"); break;
            case "sub-theme": await page.GotoAsync($"{Current}/deelthemas/{await IdAsync(page, Current, "deelthema")}"); break;
            case "goal-new": await page.GotoAsync($"{Current}/doelen/nieuw?prioriteit={await IdAsync(page, Current, "prioriteit")}"); break;
            case "goal": await page.GotoAsync($"{Current}/doelen/{await IdAsync(page, Current, "doel")}"); break;
            case "activity-new": await page.GotoAsync($"{Current}/activiteiten/nieuw?prioriteit={await IdAsync(page, Current, "prioriteit")}"); break;
            case "activity": await page.GotoAsync($"{Current}/activiteiten/{await IdAsync(page, Current, "activiteit")}"); break;
            case "validation-errors": await ValidationErrorsAsync(page); break;
            case "preview": await PreviewAsync(page); break;
            case "conflict": await ConflictAsync(site, page); break;
            case "delete": await page.GotoAsync($"{Current}/verwijderen/hoofdstuk/{await IdAsync(page, Current, "hoofdstuk")}"); break;
            case "history": await HistoryAsync(page); break;
            case "attachments": await AttachmentsAsync(page); break;
            case "users": await page.GotoAsync("/werkruimte/gebruikers"); break;
            case "user-details": await page.GotoAsync(await UserDetailsAsync(site, page)); break;
            case "add-role": await page.GotoAsync(await UserDetailsAsync(site, page) + "/rol-toevoegen"); break;
            case "invite": await page.GotoAsync("/werkruimte/gebruikers/uitnodigen"); break;
            case "organisations": await page.GotoAsync("/werkruimte/organisaties"); break;
            case "organisation-add": await page.GotoAsync("/werkruimte/organisaties/nieuw"); break;
            case "organisation-edit": await OrganisationAsync(page); break;
            case "two-factor-setup": await page.GotoAsync("/werkruimte/tweestapsverificatie"); break;
            case "decisions": await page.GotoAsync($"{Current}/besluiten"); break;
            case "decision-adoption": await page.GotoAsync($"{Current}/besluiten/nieuw/bijstelling"); break;
            case "legal-check": await page.GotoAsync($"{Current}/wettelijke-toets"); break;
            case "councils": await page.GotoAsync($"{Current}/gemeenteraden"); break;
            case "councils-send": await page.GotoAsync($"{Current}/gemeenteraden/versturen"); break;
            case "council-hearing": await page.GotoAsync($"{Current}/gemeenteraden/GM0377"); break;
            case "council-hearing-gemeente": await page.GotoAsync($"{Current}/gemeenteraden/GM0479"); break;
            case "planning": await page.GotoAsync($"{Current}/planning"); break;
            case "milestone-new": await page.GotoAsync($"{Current}/planning/nieuw"); break;
            case "documents": await page.GotoAsync($"{Current}/documenten"); break;
            case "strength": await page.GotoAsync($"{Current}/sterkte"); break;
            case "strength-formation": await page.GotoAsync($"{Current}/sterkte/formaties/2023-10-01"); break;
            case "strength-import": await page.GotoAsync($"{Current}/sterkte/importeren"); break;
            case "strength-import-preview": await StrengthPreviewAsync(page, "1 okt. 2024"); break;
            case "strength-changes": await page.GotoAsync($"{Current}/sterkte/wijzigingen"); break;
            case "strength-change-new": await page.GotoAsync($"{Current}/sterkte/wijzigingen/nieuw"); break;
            case "strength-projection": await page.GotoAsync($"{Current}/sterkte/projectie"); break;
            case "strength-compare": await page.GotoAsync($"{Current}/sterkte/vergelijken"); break;
            case "strength-norm": await page.GotoAsync($"{Current}/sterkte/norm"); break;
            case "strength-inhabitants": await page.GotoAsync($"{Current}/sterkte/inwoners"); break;
            default: throw new ArgumentOutOfRangeException(nameof(type), type, "unknown page type");
        }

        return page;
    }

    /// <summary>The id of the first item of a kind on the plan's dashboard, as its list item names it.</summary>
    public static async Task<string> IdAsync(IPage page, string plan, string kind)
    {
        await page.GotoAsync(plan);
        var id = await page.Locator($"li[id^='{kind}-']").First.GetAttributeAsync("id");
        return id.ShouldNotBeNull()[(kind.Length + 1)..];
    }

    /// <summary>The demo's seed tables pasted with another reference date, checked with the koppelingen chosen: the preview, nothing stored.</summary>
    public static async Task StrengthPreviewAsync(IPage page, string date)
    {
        var seed = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Content", "Demo", "plannen", "imv-noord-holland-2024-2027", "formatie-2023-10-01.txt"));
        await page.GotoAsync($"{Current}/sterkte/importeren");
        await page.GetByLabel("Tabellen van de formatie").FillAsync(seed.Replace("1 okt. 2023", date, StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();
        await page.GetByLabel("Politiechef").SelectOptionAsync("Eenheid Noord-Holland");
        await page.GetByLabel("Staf Regionale Eenheid NH").SelectOptionAsync("Staf regionale eenheid");
        await page.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();
        await Assertions.Expect(page.Locator("#eenheid-totaal")).ToContainTextAsync("totaal 3.581,20");
    }

    private static async Task ValidationErrorsAsync(IPage page)
    {
        await page.GotoAsync($"{Current}/hoofdstukken/nieuw");
        await page.GetByLabel("Titel").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Vul een titel in.").First).ToBeVisibleAsync();
    }

    private static async Task PreviewAsync(IPage page)
    {
        await page.GotoAsync($"{Current}/hoofdstukken/{await IdAsync(page, Current, "hoofdstuk")}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Voorbeeld bekijken" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Voorbeeld (nog niet opgeslagen)").First).ToBeVisibleAsync();
    }

    /// <summary>Two redacteuren open the same chapter; the other saves first, so this page's save conflicts.</summary>
    private static async Task ConflictAsync(BrowserSite site, IPage page)
    {
        var url = $"{Previous}/hoofdstukken/{await IdAsync(page, Previous, "hoofdstuk")}";
        var other = await (await WorkspaceUsers.GetAsync(site, WorkspaceUsers.OtherRedacteur)).NewPageAsync(1280);
        await other.GotoAsync(url);
        await page.GotoAsync(url);

        await AppendToBodyAsync(other, $"Aangevuld door een collega ({Guid.NewGuid():N}).");
        // Wait for the colleague's save to finish: closing a tab mid-submit could cancel it, or hang the close.
        await Assertions.Expect(other.GetByRole(AriaRole.Status)).ToContainTextAsync("Opgeslagen");
        await other.CloseAsync();
        await AppendToBodyAsync(page, "Mijn eigen aanvulling.");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Niet opgeslagen: iemand anders was u voor" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Verschillen tussen de opgeslagen versie en uw versie" })).ToBeVisibleAsync();
    }

    /// <summary>A saved change in the previous plan, so its history has entries to show.</summary>
    private static async Task HistoryAsync(IPage page)
    {
        await page.GotoAsync($"{Previous}/hoofdstukken/{await IdAsync(page, Previous, "hoofdstuk")}");
        await AppendToBodyAsync(page, $"Bijgewerkt ({Guid.NewGuid():N}).");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Opgeslagen");
        await page.GotoAsync($"{Previous}/geschiedenis");
        await Assertions.Expect(page.Locator("tr.history-entry").First).ToBeVisibleAsync();
    }

    /// <summary>The attachments of the previous plan, with one file, so the table and its buttons show.</summary>
    private static async Task AttachmentsAsync(IPage page)
    {
        await page.GotoAsync(Previous);
        await page.GetByRole(AriaRole.Link, new() { Name = "Bijlagen", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/bijlagen");
        if (await page.GetByRole(AriaRole.Table).CountAsync() == 0)
        {
            await page.GetByLabel("Bestand").SetInputFilesAsync(new FilePayload
            {
                Name = "verslag-werkgroep-met-een-lange-naam.txt",
                MimeType = "text/plain",
                Buffer = Encoding.UTF8.GetBytes("Verslag van de werkgroep.\n"),
            });
            await page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen" }).ClickAsync();
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Bijlagen" })).ToBeVisibleAsync();
    }

    private static async Task AppendToBodyAsync(IPage page, string text)
    {
        var body = page.GetByLabel("Tekst", new() { Exact = true });
        await body.FillAsync(await body.InputValueAsync() + "\n\n" + text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
    }

    /// <summary>The beheerder's page about the redacteur, found through the users list.</summary>
    private static async Task<string> UserDetailsAsync(BrowserSite site, IPage page)
    {
        var redacteur = await WorkspaceUsers.GetAsync(site, WorkspaceUsers.Redacteur);
        await page.GotoAsync("/werkruimte/gebruikers");
        var href = await page.Locator($"tr[data-email='{redacteur.Email}'] th a").GetAttributeAsync("href");
        return href.ShouldNotBeNull();
    }

    private static async Task OrganisationAsync(IPage page)
    {
        await page.GotoAsync("/werkruimte/organisaties");
        await page.Locator("tr.organisation-row th a").First.ClickAsync();
        await page.WaitForURLAsync("**/werkruimte/organisaties/*");
    }

    /// <summary>A beheerder who has given the password, in a fresh context, is asked for the code.</summary>
    private static async Task<IPage> SecondStepAsync(BrowserSite site, int width)
    {
        var beheerder = await WorkspaceUsers.GetAsync(site, WorkspaceUsers.Beheerder);
        var page = await site.NewPageAsync(width);
        await WorkspaceUsers.EnterPasswordAsync(page, beheerder.Email);
        await page.WaitForURLAsync("**/inloggen/tweede-stap**");
        return page;
    }
}
