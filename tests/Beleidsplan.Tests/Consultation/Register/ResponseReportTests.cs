using System.Net;
using System.Text;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Consultation;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Beleidsplan.Tests.Consultation.Register;

[Collection(RegisterSite.Name)]
public class ResponseReportTests(AppFactory app)
{
    private const string Injection = "=HYPERLINK(\"https://example.com/steel\",\"Klik\")";

    private async Task<(RegisterSeed Seed, int[] Ids)> HandledRoundAsync(string title)
    {
        var seed = await RegisterSeed.RoundAsync(app, title);
        var ids = new[]
        {
            await seed.ReactionAsync("Burgemeester Alkmaar", ReactionKind.ProposedChange, seed.Priority, "Gemeente Alkmaar", text: "Voeg ‘drugshandel’ toe."),
            await seed.ReactionAsync("AOV Haarlem", ReactionKind.Question, seed.Chapter, "Gemeente Haarlem", text: Injection),
            await seed.ReactionAsync("OM", ReactionKind.Comment, null, "+31 Openbaar Ministerie", more: r => r.IsLate = true),
        };
        await seed.HandleAsync(ids[0], HandlingStatus.NotProcessed, "Past niet binnen de vier thema's.");
        await seed.HandleAsync(ids[1], HandlingStatus.Answered, "@antwoord: zie hoofdstuk 2.");
        return (seed, ids);
    }

    [Fact]
    public async Task The_round_workbook_holds_every_reaction_with_its_handling_and_a_summary_sheet_and_neutralises_formulas()
    {
        var (seed, _) = await HandledRoundAsync("Ronde: 70% [juni]");
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);

        var response = await redacteur.Client.GetAsync($"{seed.Round}/reactienota.xlsx");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var workbook = Workbook.Read(await response.Content.ReadAsByteArrayAsync());
        workbook.Sheets.Keys.ShouldBe(["Ronde 1 Ronde- 70% -juni-", "Samenvatting"]);
        var rows = workbook.Rows("Ronde 1 Ronde- 70% -juni-");
        rows[0][0].ShouldBe("Nr");
        rows.Count.ShouldBe(4);
        // Reading order: the whole plan, the chapter, the priority.
        rows.Skip(1).Select(r => r[0]).ShouldBe(["3", "2", "1"]);
        rows[1][9].ShouldBe("ja");
        rows[2][8].ShouldBe(Injection);
        rows[2][13].ShouldBe("Beantwoord");
        rows[2][14].ShouldBe("@antwoord: zie hoofdstuk 2.");
        rows[3][13].ShouldBe("Niet verwerkt");
        rows[3][14].ShouldBe("Past niet binnen de vier thema's.");
        rows[1][13].ShouldBe("Nog niet afgehandeld");

        var cells = workbook.Sheets.Values.SelectMany(s => s).SelectMany(r => r).ToList();
        cells.ShouldAllBe(c => c.CellFormula == null);
        var injected = cells.Single(c => Workbook.Text(c) == Injection);
        injected.DataType!.Value.ShouldBe(CellValues.InlineString);
        injected.StyleIndex!.Value.ShouldBe(4u); // the quote-prefix style: editing the cell keeps it text
        var summary = workbook.Rows("Samenvatting");
        summary.Last()[2].ShouldBe("Alle onderdelen");
        summary.Last()[^2].ShouldBe("3");
    }

    [Fact]
    public async Task The_plan_workbook_has_a_sheet_per_round_and_a_summary_of_all_rounds()
    {
        var (first, _) = await HandledRoundAsync("Eerste ronde");
        var (second, _) = await HandledRoundAsync("Tweede ronde");
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);

        var response = await redacteur.Client.GetAsync($"/werkruimte/plannen/{RegisterSeed.Plan}/consultatie/reactienota.xlsx");

        var workbook = Workbook.Read(await response.Content.ReadAsByteArrayAsync());
        var roundCount = await app.WithDbAsync(db => Task.FromResult(db.ConsultationRounds.Count(r => r.PlanId == first.PlanId)));
        workbook.Sheets.Count.ShouldBe(roundCount + 1);
        workbook.Sheets.Keys.ShouldContain(k => k.EndsWith(" Eerste ronde", StringComparison.Ordinal));
        workbook.Sheets.Keys.ShouldContain(k => k.EndsWith(" Tweede ronde", StringComparison.Ordinal));
        var summary = workbook.Rows("Samenvatting");
        summary.Where(r => r[2] == "Alle onderdelen").Select(r => r[0]).ShouldContain("Tweede ronde");
        second.RoundId.ShouldBeGreaterThan(first.RoundId);
    }

    [Fact]
    public async Task The_print_page_holds_every_reaction_integrally_grouped_by_part_in_reading_order()
    {
        var (seed, ids) = await HandledRoundAsync("Afdrukronde");
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);

        var (response, page) = await redacteur.GetAsync($"{seed.Round}/reactienota");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelectorAll(".report-part h3").Select(h => h.TextContent)
            .ShouldBe(["Het hele plan", seed.Chapter.Title, seed.Priority.Title]);
        page.QuerySelectorAll(".report-reaction").Length.ShouldBe(3);
        var question = page.QuerySelector($"#reactie-{ids[1]}")!.ParentElement!;
        question.QuerySelector(".reaction-text")!.TextContent.ShouldBe(Injection);
        question.TextContent.ShouldContain("Antwoord");
        question.TextContent.ShouldContain("@antwoord: zie hoofdstuk 2.");
        page.QuerySelector($"#reactie-{ids[0]}")!.ParentElement!.TextContent.ShouldContain("Reden");
        page.QuerySelectorAll("link[media=print]").Length.ShouldBe(1);
    }

    [Fact]
    public async Task The_pdf_is_printed_from_the_signed_in_page_by_chromium()
    {
        var (seed, _) = await HandledRoundAsync("PDF-ronde");
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);

        var response = await redacteur.Client.GetAsync($"{seed.Round}/reactienota.pdf");

        if (!File.Exists("/usr/bin/chromium"))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            return;
        }

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe($"reactienota-ronde-{seed.RoundId}.pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Encoding.ASCII.GetString(bytes, 0, 5).ShouldBe("%PDF-");
    }
}
