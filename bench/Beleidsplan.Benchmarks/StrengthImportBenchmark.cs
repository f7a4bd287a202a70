using System.Text;
using Beleidsplan.Web.Domain.Strength;
using Beleidsplan.Web.Strength;
using Beleidsplan.Web.Strength.Import;
using BenchmarkDotNet.Attributes;

namespace Beleidsplan.Benchmarks;

/// <summary>
/// The strength import of a formation of 10,000 nodes, from the file a user would upload (written by
/// the product's own export) to the totals of every node: read and check every published 'totaal'
/// row, turn the draft into nodes, build the tree and read every total.
/// </summary>
[MemoryDiagnoser]
public class StrengthImportBenchmark
{
    public const int NodeCount = 10_000;

    private static readonly ImportOptions Options = new() { UnitName = FormationData.UnitName };

    private string csvText = "";
    private byte[] xlsx = [];
    private Fte expectedUnitTotal;

    [GlobalSetup]
    public void Setup()
    {
        var nodes = FormationData.Nodes(NodeCount);
        expectedUnitTotal = nodes.Aggregate(Fte.Zero, (sum, node) => sum + node.Own);
        var csv = FormationSheets.Csv(new FormationTree(nodes));
        // Read as an upload is read: a StreamReader that takes the BOM off.
        using (var reader = new StreamReader(new MemoryStream(csv), Encoding.UTF8))
        {
            csvText = reader.ReadToEnd();
        }

        xlsx = FormationSheets.Xlsx(new Formation
        {
            ReferenceDate = new DateOnly(2023, 10, 1),
            Source = "benchmark",
            ImportedBy = "benchmark",
            Nodes = nodes,
        });

        // Measure a correct import only: both paths must give the generator's formation without a finding.
        Check(FormationReader.ReadText(csvText, Options), "CSV");
        Check(FormationReader.ReadXlsx(new MemoryStream(xlsx), Options), "xlsx");
    }

    [Benchmark]
    public decimal StrengthImportCsv10000Nodes() => SumOfAllTotals(FormationReader.ReadText(csvText, Options));

    [Benchmark]
    public decimal StrengthImportXlsx10000Nodes() => SumOfAllTotals(FormationReader.ReadXlsx(new MemoryStream(xlsx), Options));

    /// <summary>Reads every node's total and returns their sum, so none of the work can be left out.</summary>
    private static decimal SumOfAllTotals(FormationDraft draft)
    {
        var tree = new FormationTree(FormationStore.Nodes(draft.Root!));
        var sum = 0m;
        for (var position = 0; position < tree.Count; position++)
        {
            sum += tree.TotalOf(position).Total;
        }

        return sum;
    }

    private void Check(FormationDraft draft, string source)
    {
        if (draft.HasErrors || draft.Findings.Count > 0 || draft.Root is null)
        {
            throw new InvalidOperationException($"{source}: {draft.Errors.Count} errors, {draft.Findings.Count} findings; first: "
                + string.Join(" | ", draft.Errors.Take(3).Select(e => e.ToString()).Concat(draft.Findings.Take(3).Select(f => f.Message))));
        }

        var tree = new FormationTree(FormationStore.Nodes(draft.Root));
        if (tree.Count != NodeCount || tree.TotalOf(0) != expectedUnitTotal)
        {
            throw new InvalidOperationException($"{source}: {tree.Count} nodes, unit total {tree.TotalOf(0)}; expected {NodeCount} nodes, {expectedUnitTotal}.");
        }
    }
}
