using System.Text;
using Beleidsplan.Web.Domain.Strength;
using Beleidsplan.Web.Strength;
using Beleidsplan.Web.Strength.Import;
using CsCheck;

namespace Beleidsplan.Tests.Strength;

/// <summary>
/// Property-based: importing an export gives back the same formation. A random formation is written
/// by the export (<see cref="FormationSheets"/>, CSV and .xlsx) and read by the import
/// (<see cref="FormationReader"/>, with the check of every written total) into the same parts, in the
/// same order, with the same kinds and own FTE, and without a finding.
/// </summary>
public class FormationRoundTripProperties
{
    /// <summary>Unit names, with some that start like a spreadsheet formula (the CSV must not let Excel evaluate them).</summary>
    private static readonly string[] UnitNames = ["Eenheid Noord-Holland", "=SUM(1;2)", "-Eenheid", "@Eenheid", "+31 Eenheid"];
    private static readonly NodeKind[] PartKinds = Enum.GetValues<NodeKind>().Where(k => k != NodeKind.Unit).ToArray();

    /// <summary>Names as people write them, with the characters the CSV must quote (; and ") and accents.</summary>
    private static readonly string[] Words = ["Basisteam", "District", "Dienst", "Team", "Recherche", "Zaanstreek-Waterland", "Ĳmond", "Café; \"De Zon\"", "Operationeel Centrum", "Staf"];

    private static readonly Gen<FormationNode[]> Formations =
        Gen.Int[1, 150].SelectMany(count =>
            Gen.Select(Gen.Int[0, int.MaxValue].Array[count], Gen.Int[0, 25_000].Array[count * 3], Gen.Int[0, 99].Array[count * 2],
                (parents, hundredths, choices) => Build(count, parents, hundredths, choices)));

    [Fact]
    public void A_formation_exported_as_csv_imports_as_the_same_formation()
    {
        Formations.Sample(nodes =>
        {
            var csv = Encoding.UTF8.GetString(FormationSheets.Csv(new FormationTree(nodes)));

            csv.Split("\r\n").Skip(1).ShouldAllBe(line => line.Length == 0 || !FormationSheets.StartsLikeFormula(line.TrimStart('"')));
            ShouldBeTheSame(FormationReader.ReadText(csv, Options(nodes)), nodes);
        }, iter: 100);
    }

    [Fact]
    public void A_formation_exported_as_xlsx_imports_as_the_same_formation()
    {
        Formations.Sample(nodes =>
        {
            var formation = new Formation { ReferenceDate = new DateOnly(2023, 10, 1), Title = "formatie per 1 okt. 2023", Source = "Test", ImportedBy = "Test", Nodes = [.. nodes] };
            using var xlsx = new MemoryStream(FormationSheets.Xlsx(formation));

            ShouldBeTheSame(FormationReader.ReadXlsx(xlsx, Options(nodes)), nodes);
        }, iter: 30);
    }

    private static ImportOptions Options(FormationNode[] nodes) => new() { UnitName = nodes[0].Name };

    private static void ShouldBeTheSame(FormationDraft draft, FormationNode[] expected)
    {
        draft.Errors.ShouldBeEmpty();
        draft.Findings.ShouldBeEmpty();
        var read = FormationStore.Nodes(draft.Root!);
        read.Select(n => (n.Position, n.ParentPosition, n.Name, n.Kind, n.Own))
            .ShouldBe(expected.Select(n => (n.Position, n.ParentPosition, n.Name, n.Kind, n.Own)));
    }

    /// <summary>
    /// Every part after the unit hangs under an earlier one; names are unique among siblings (the path
    /// identifies a part); positions are renumbered in pre-order, the order in which formations are stored.
    /// </summary>
    private static FormationNode[] Build(int count, int[] parents, int[] hundredths, int[] choices) =>
        PreOrder(Enumerable.Range(0, count).Select(i => new FormationNode
        {
            Position = i,
            ParentPosition = i == 0 ? null : parents[i] % i,
            Name = i == 0 ? UnitNames[choices[0] % UnitNames.Length] : $"{Words[choices[2 * i] % Words.Length]} {i}",
            Kind = i == 0 ? NodeKind.Unit : PartKinds[choices[(2 * i) + 1] % PartKinds.Length],
            Aspirant = hundredths[3 * i] % 3 == 0 ? 0m : hundredths[3 * i] / 100m,
            Wijkagent = hundredths[(3 * i) + 1] / 100m,
            Overig = hundredths[(3 * i) + 2] / 100m,
        }).ToArray());

    private static FormationNode[] PreOrder(FormationNode[] nodes)
    {
        var childrenOf = nodes.ToLookup(n => n.ParentPosition);
        var ordered = new List<FormationNode>();
        void Visit(FormationNode node, int? parent)
        {
            var children = childrenOf[node.Position].ToList();
            node.ParentPosition = parent;
            node.Position = ordered.Count;
            ordered.Add(node);
            children.ForEach(child => Visit(child, node.Position));
        }

        Visit(nodes[0], null);
        return [.. ordered];
    }
}
