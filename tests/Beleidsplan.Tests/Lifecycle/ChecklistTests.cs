using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using static Beleidsplan.Tests.Lifecycle.LifecycleSteps;

namespace Beleidsplan.Tests.Lifecycle;

/// <summary>The legal checklist on plans made to meet, or miss, each requirement of the Politiewet.</summary>
[Collection(LifecycleSite.Name)]
public class ChecklistTests(AppFactory app)
{
    [Fact]
    public async Task A_plan_that_meets_the_law_is_green_and_past_annual_reports_are_unknown()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var slug = await NewPlanAsync(app, new(2024, 2027, LinkAllLva: true, Wijkagenten: 305m));
        await RecordedAsync(redacteur, slug, "ontwerp", new() { ["Input.DecidedOn"] = "2023-08-15" });
        var total = await HearAsync(app, slug, 999, new DateOnly(2023, 10, 10));
        await RecordedAsync(redacteur, slug, "vaststelling", new() { ["Input.DecidedOn"] = "2023-11-09", ["Input.VersionNumber"] = "2" });

        var items = Checklist(await JsonAsync(app, slug));

        items["periode"].ShouldBe(("groen", "De periode 2024-2027 beslaat 4 jaar."));
        items["lva"].Status.ShouldBe("groen");
        items["lva"].Reason.ShouldStartWith("Alle 6 LVA-thema's zijn gekoppeld aan een prioriteit:");
        items["sterkteverdeling"].Status.ShouldBe("groen");
        items["sterkteverdeling"].Reason.ShouldMatch(@"^Het plan is gebaseerd op de formatie per \d+ \w+ \d{4} \(405,00 fte\), waarvan 305,00 fte wijkagent\. Wijkagentnorm onbekend bij Eenheid Noord-Holland, District Noord-Holland-Noord");
        items["raden-gehoord"].ShouldBe(("groen", $"Alle {total} gemeenteraden zijn gehoord vóór de vaststelling op 9 november 2023."));
        items["vastgesteld"].Status.ShouldBe("groen");
        items["vastgesteld"].Reason.ShouldContain("door Regionaal Bestuurlijk Overleg Politie");
        foreach (var year in Enumerable.Range(2024, Math.Min(2027, DateTime.UtcNow.Year - 1) - 2023))
        {
            items[$"jaarverslag-{year}"].Status.ShouldBe("onbekend");
            items[$"jaarverslag-{year}"].Reason.ShouldContain("Jaarverslagen worden nog niet in Beleidsplan vastgelegd");
        }

        var (_, page) = await app.GetPageAsync($"/plannen/{slug}/wettelijke-toets");
        page.QuerySelector("table.checklist-table caption").ShouldNotBeNull();
        page.QuerySelectorAll("table.checklist-table th[scope=row]").Length.ShouldBe(items.Count);
        page.QuerySelector("#toets-periode .check-status")!.TextContent.ShouldBe("Voldaan");
        page.QuerySelector("#toets-lva a[href$='/prioriteiten/ondermijning']").ShouldNotBeNull();
    }

    [Fact]
    public async Task A_plan_that_misses_the_law_is_red_with_the_reason_and_what_cannot_be_known_yet_is_unknown()
    {
        var gemeente = await TestUsers.SignedInAsync(app, Role.Gemeente, municipality: "Haarlem");
        var slug = await NewPlanAsync(app, new(2026, 2030, StrengthText: null));

        var (response, page) = await gemeente.GetAsync($"/werkruimte/plannen/{slug}/wettelijke-toets");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var items = Checklist(page);
        items["periode"].ShouldBe(("Niet voldaan", "De periode 2026-2030 beslaat 5 jaar."));
        items["lva"].Status.ShouldBe("Niet voldaan");
        items["lva"].Reason.ShouldStartWith("Geen prioriteit is gekoppeld aan een LVA-thema.");
        items["sterkteverdeling"].ShouldBe(("Niet voldaan", "Er is geen formatie aan het plan gekoppeld."));
        items["raden-gehoord"].Status.ShouldBe("Onbekend");
        items["raden-gehoord"].Reason.ShouldStartWith("Het plan is nog niet vastgesteld. Tot nu toe zijn 0 van de");
        items["vastgesteld"].ShouldBe(("Onbekend", "Het plan is nog niet vastgesteld."));
        (await app.GetPageAsync($"/plannen/{slug}/wettelijke-toets")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var summary = (await gemeente.GetAsync($"/werkruimte/plannen/{slug}")).Page.QuerySelector("#wettelijke-toets-stand")!.TextContent;
        summary.ShouldContain("3 niet voldaan");
        summary.ShouldContain("2 onbekend");
    }

    [Fact]
    public async Task Partly_linked_LVA_themes_are_unknown_a_strength_chapter_without_wijkagenten_and_adoption_by_another_body_are_red()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var slug = await NewPlanAsync(app, new(2025, 2028, StrengthText: "De verdeling volgt later.", LinkOneLva: true, Wijkagenten: 0m));
        await RecordedAsync(redacteur, slug, "ontwerp", new() { ["Input.DecidedOn"] = "2024-08-15" });
        await RecordedAsync(redacteur, slug, "vaststelling", new()
        {
            ["Input.DecidedOn"] = "2024-11-09",
            ["Input.Body"] = "De regioburgemeester",
            ["Input.Reason"] = "Test.",
        });

        var items = Checklist(await JsonAsync(app, slug));

        items["lva"].Status.ShouldBe("onbekend");
        items["lva"].Reason.ShouldContain("Niet gekoppeld:");
        items["sterkteverdeling"].Status.ShouldBe("rood");
        items["sterkteverdeling"].Reason.ShouldEndWith("(100,00 fte), maar die telt geen wijkagenten.");
        items["vastgesteld"].Status.ShouldBe("rood");
        items["vastgesteld"].Reason.ShouldContain("door De regioburgemeester: dat is niet het overleg van de burgemeesters en de hoofdofficier van justitie");
    }

    [Fact]
    public async Task Before_any_year_of_the_period_has_passed_no_annual_report_is_due()
    {
        var next = DateTime.UtcNow.Year + 1;
        var slug = await NewPlanAsync(app, new(next, next + 3));
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);

        var items = Checklist((await redacteur.GetAsync($"/werkruimte/plannen/{slug}/wettelijke-toets")).Page);

        items["jaarverslagen"].ShouldBe(("Voldaan", "Nog geen jaar van de periode is voorbij; er is nog geen jaarverslag nodig."));
        items.Keys.ShouldNotContain(k => k.StartsWith("jaarverslag-", StringComparison.Ordinal));
    }
}
