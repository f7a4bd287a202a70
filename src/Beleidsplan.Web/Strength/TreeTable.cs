using Beleidsplan.Web.Domain.Strength;

namespace Beleidsplan.Web.Strength;

/// <summary>
/// A formation as the rows of one accessible table: every node in pre-order with its depth, its own
/// FTE and its computed total; the projection adds the change per node and marks new parts.
/// </summary>
public sealed record TreeTable(string Caption, IReadOnlyList<TreeRow> Rows, bool ShowsChanges = false)
{
    public static TreeTable Of(FormationTree tree, string caption) =>
        new(caption, tree.Nodes.Select(n => new TreeRow(tree.DepthOf(n), n.Name, n.Kind, n.Own, tree.TotalOf(n))).ToList());
}

/// <summary>One node's row; <paramref name="Change"/> is the planned change of its own FTE, <paramref name="IsNew"/> a part the changes add.</summary>
public sealed record TreeRow(int Depth, string Name, NodeKind Kind, Fte Own, Fte Total, Fte? Change = null, bool IsNew = false)
{
    /// <summary>The indentation class: deeper than 6 levels is drawn as 6.</summary>
    public string DepthClass => $"strength-depth-{Math.Min(Depth, 6)}";
}
