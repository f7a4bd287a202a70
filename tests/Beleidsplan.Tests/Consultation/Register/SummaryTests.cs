using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Consultation;

namespace Beleidsplan.Tests.Consultation.Register;

[Collection(RegisterSite.Name)]
public class SummaryTests(AppFactory app)
{
    [Fact]
    public async Task The_summary_counts_reactions_per_part_by_kind_and_by_handling_with_totals_in_accessible_tables()
    {
        var seed = await RegisterSeed.RoundAsync(app);
        await seed.ReactionAsync("A", ReactionKind.ProposedChange, seed.Priority);
        await seed.ReactionAsync("B", ReactionKind.ProposedChange, seed.Priority);
        var answered = await seed.ReactionAsync("C", ReactionKind.Question, seed.Priority);
        await seed.ReactionAsync("D", ReactionKind.ProposedChange, seed.Chapter);
        await seed.ReactionAsync("E", ReactionKind.Agreement);
        await seed.HandleAsync(answered, HandlingStatus.Answered, "Ja.");
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);

        var (_, page) = await redacteur.GetAsync($"{seed.Round}/samenvatting");

        var tables = page.QuerySelectorAll("table.summary-table");
        tables.Length.ShouldBe(2);
        tables[0].QuerySelector("caption")!.TextContent.ShouldBe("Aantal reacties per onderdeel en soort");
        tables[0].QuerySelectorAll("thead th").ShouldAllBe(th => th.GetAttribute("scope") == "col");
        var byKind = Rows(tables[0]);
        // Reading order: the whole plan, the chapters, then the priorities (the demo plan has a chapter for them).
        byKind.Select(r => r[0]).ShouldBe(["Het hele plan", seed.Chapter.Title, seed.Priority.Title, "Totaal"]);
        byKind[2].ShouldBe([seed.Priority.Title, "0", "1", "2", "0", "3"]); // opmerking, vraag, wijziging, instemming, totaal
        byKind[3].ShouldBe(["Totaal", "0", "1", "3", "1", "5"]);
        var byStatus = Rows(tables[1]);
        byStatus[3].ShouldBe(["Totaal", "0", "0", "0", "1", "0", "4", "5"]);
        tables[0].QuerySelector("tbody tr:nth-child(3) a")!.GetAttribute("href")
            .ShouldBe($"{seed.Register}?deel={seed.Priority.Key}&soort=vraag");
    }

    private static List<string[]> Rows(AngleSharp.Dom.IElement table) =>
        [.. table.QuerySelectorAll("tbody tr").Select(tr => tr.Children.Select(c => c.TextContent.Trim()).ToArray())];
}
