using Beleidsplan.Web.Domain.Strength;

namespace Beleidsplan.Web.Strength.Import;

/// <summary>What the preview shows: the tree with own FTE and totals per level, the findings and the errors.</summary>
public sealed class ImportPreview(FormationDraft draft, DateOnly? date, bool replaces)
{
    public sealed record Line(int Depth, string Name, string Kind, Fte Own, Fte Total);

    public FormationDraft Draft { get; } = draft;
    public DateOnly? Date { get; } = date;
    public bool Replaces { get; } = replaces;

    public List<Line> Lines { get; } = draft.Root is null || draft.HasErrors ? [] : Tree(draft.Root);

    public Fte Total => Draft.Total;

    private static List<Line> Tree(DraftNode root)
    {
        var tree = new FormationTree(FormationStore.Nodes(root));
        return tree.Nodes.Select(n => new Line(tree.DepthOf(n), n.Name, n.Kind.ToDutch(), n.Own, tree.TotalOf(n))).ToList();
    }
}
