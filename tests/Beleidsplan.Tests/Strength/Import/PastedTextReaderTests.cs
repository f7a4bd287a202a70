using Beleidsplan.Web.Domain.Strength;
using Beleidsplan.Web.Strength.Import;

namespace Beleidsplan.Tests.Strength.Import;

public class PastedTextReaderTests
{
    private static readonly ImportOptions Options = new() { UnitName = "Eenheid Noord-Holland", Mappings = SeedFormation.Mappings };

    [Fact]
    public void Seed_text_gives_the_published_unit_total_and_exactly_the_known_findings()
    {
        var draft = PastedTextReader.Read(SeedFormation.Text, Options);

        draft.Errors.ShouldBeEmpty();
        draft.ReferenceDate.ShouldBe(new DateOnly(2023, 10, 1));
        draft.Total.ShouldBe(new Fte(295.30m, 305.00m, 2980.90m));
        draft.Total.Total.ShouldBe(3581.20m);
        draft.Root!.Name.ShouldBe("Eenheid Noord-Holland");
        draft.Root.Children.Select(c => c.Name).ShouldBe([
            "Politiechef", "Leiding Eenheid Noord-Holland", "Staf regionale eenheid", "District Noord-Holland-Noord",
            "District Zaanstreek-Waterland", "District Kennemerland", "Dienst Bedrijfsvoering", "Dienst Regionaal Operationeel Centrum",
            "Dienst Regionale Operationele Samenwerking", "Dienst Regionale Intelligenceorganisatie", "Dienst Regionale Recherche"]);
        SeedFormation.ShouldHaveTheSeedChecks(draft.Findings);
        draft.Findings.ShouldContain(f => f.Kind == FindingKind.Reading && f.NodeName == "Afdeling Analyse en Ondersteuning 5");
        draft.Findings.ShouldContain(f => f.Kind == FindingKind.Reading && f.Message.Contains("overig 53,26"));
    }

    [Fact]
    public void With_the_categories_leading_the_parts_keep_their_published_categories()
    {
        var draft = PastedTextReader.Read(SeedFormation.Text, Options with { TotalLeads = false });

        draft.Errors.ShouldBeEmpty();
        draft.Total.Overig.ShouldBe(2980.90m + 0.07m - 0.01m);
    }

    [Fact]
    public void Without_koppelingen_an_unmatched_summary_row_is_an_error_naming_its_line()
    {
        var draft = PastedTextReader.Read(SeedFormation.Text, Options with { Mappings = new Dictionary<string, string>() });

        draft.UnmatchedSummaryRows.ShouldBe(["Politiechef", "Staf Regionale Eenheid NH"]);
        draft.UnmatchedGroups.ShouldBe(["Eenheid Noord-Holland", "Staf regionale eenheid"]);
        draft.Errors.Select(e => e.ToString()).ShouldContain(e => e.StartsWith("Regel 9:") && e.Contains("'Politiechef'"));
    }

    [Theory]
    [InlineData("Afdeling X 5,00 1,2,3 9,00", "'1,2,3' bij 'Afdeling X' is geen getal")]
    [InlineData("Afdeling X 5,00 -1,00 4,00", "negatief")]
    [InlineData("Afdeling X 5,00", "heeft 1 getallen")]
    [InlineData("Afdeling A 1,00 2,00 3,00", "'Afdeling A' staat twee keer")]
    public void Bad_rows_are_errors_naming_their_line(string badRow, string message)
    {
        var text = "Diensten formatie per 1 okt. 2023\naspirant wijkagent overig totaal\nDROC\nDienst X 1,00 1,00 2,00\n"
            + "Afdeling A 1,00 2,00 3,00\n" + badRow + "\nDienst X 2,00 3,00 5,00\nTotaal Diensten 2,00 3,00 5,00\n";

        var draft = PastedTextReader.Read(text, Options);

        draft.Errors.Select(e => e.ToString()).ShouldContain(e => e.StartsWith("Regel 6:") && e.Contains(message));
    }
}
