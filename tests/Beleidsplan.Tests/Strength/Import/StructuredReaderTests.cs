using System.Text;
using Beleidsplan.Web.Domain.Strength;
using Beleidsplan.Web.Strength;
using Beleidsplan.Web.Strength.Import;

namespace Beleidsplan.Tests.Strength.Import;

public class StructuredReaderTests
{
    private static readonly ImportOptions Options = new() { UnitName = "Eenheid Noord-Holland", Mappings = SeedFormation.Mappings };

    private static FormationTree SeedTree() => new(FormationStore.Nodes(PastedTextReader.Read(SeedFormation.Text, Options).Root!));

    [Fact]
    public void The_seed_written_as_structured_csv_reads_back_node_for_node_without_findings()
    {
        var seed = SeedTree();
        var csv = Encoding.UTF8.GetString(FormationSheets.Csv(seed));

        var draft = FormationReader.ReadText(csv, Options);

        draft.Errors.ShouldBeEmpty();
        draft.Findings.ShouldBeEmpty();
        var tree = new FormationTree(FormationStore.Nodes(draft.Root!));
        tree.Nodes.Select(n => (tree.PathOf(n), n.Kind, n.Own)).ShouldBe(seed.Nodes.Select(n => (seed.PathOf(n), n.Kind, n.Own)));
    }

    [Fact]
    public void A_comma_separated_file_with_points_and_a_wrong_published_total_reads_with_a_finding()
    {
        var csv = "Pad,Soort,Regel,Aspirant,Wijkagent,Overig,Totaal\nEenheid Noord-Holland,eenheid,totaal,1,0,\"2,50\",3.60\n"
            + "Eenheid Noord-Holland > Team A,team,eigen,1,,2.5,3.5\n";

        var draft = FormationReader.ReadText(csv, Options);

        draft.Errors.ShouldBeEmpty();
        draft.Total.ShouldBe(new Fte(1m, 0m, 2.5m));
        draft.Findings.ShouldHaveSingleItem().Message.ShouldBe("Eenheid Noord-Holland: het gepubliceerde totaal totaal is 3,60, de onderdelen tellen op tot 3,50.");
    }

    [Theory]
    [InlineData("Eenheid Noord-Holland > Team A;team;eigen;1;0;2;3\nEenheid Noord-Holland > Team A;team;eigen;1;0;2;3", "Regel 4: Pad 'Eenheid Noord-Holland > Team A' met regel 'eigen' staat twee keer in het bestand (ook op regel 3)")]
    [InlineData("Eenheid Noord-Nederland > Team A;team;eigen;1;0;2;3", "Regel 3: Pad 'Eenheid Noord-Nederland > Team A' ligt onder een andere eenheid dan 'Eenheid Noord-Holland'")]
    [InlineData("Eenheid Noord-Holland > Team A;team;eigen;1;-1;2;2", "Regel 3: 'Eenheid Noord-Holland > Team A' heeft een negatief aantal fte (-1) in kolom Wijkagent")]
    [InlineData("Eenheid Noord-Holland > Team A;ploeg;eigen;1;0;2;3", "Regel 3: Soort 'ploeg' is onbekend")]
    public void Bad_structured_rows_are_errors_naming_their_line(string rows, string message)
    {
        var csv = "\uFEFFPad;Soort;Regel;Aspirant;Wijkagent;Overig;Totaal\nEenheid Noord-Holland;eenheid;totaal;;;;\n" + rows + "\n";

        var draft = FormationReader.ReadText(csv, Options);

        draft.Errors.Select(e => e.ToString()).ShouldContain(e => e.StartsWith(message));
    }
}
