using Beleidsplan.Web.Domain.Strength;

namespace Beleidsplan.Web.Strength;

/// <summary>
/// Two formations side by side: every node path in either, matched by normalised path, with the totals
/// per category in both and the difference. A path in one only is an added or removed part.
/// </summary>
public static class FormationComparison
{
    public static List<ComparedPart> Compare(FormationTree from, FormationTree to)
    {
        var before = from.Nodes.GroupBy(n => FormationTree.NormalisePath(from.PathOf(n))).ToDictionary(g => g.Key, g => g.First());
        var after = to.Nodes.GroupBy(n => FormationTree.NormalisePath(to.PathOf(n))).ToDictionary(g => g.Key, g => g.First());
        var parts = new List<ComparedPart>();
        foreach (var node in to.Nodes)
        {
            var key = FormationTree.NormalisePath(to.PathOf(node));
            var old = before.GetValueOrDefault(key);
            parts.Add(new ComparedPart(to.PathOf(node), node.Name, to.DepthOf(node), old is null ? null : from.TotalOf(old), to.TotalOf(node)));
        }

        // Removed parts after the others, in the old formation's order.
        parts.AddRange(from.Nodes.Where(n => !after.ContainsKey(FormationTree.NormalisePath(from.PathOf(n))))
            .Select(n => new ComparedPart(from.PathOf(n), n.Name, from.DepthOf(n), from.TotalOf(n), null)));
        return parts;
    }
}

/// <summary>One part in either formation; <see cref="Before"/> null: added, <see cref="After"/> null: removed.</summary>
public sealed record ComparedPart(string Path, string Name, int Depth, Fte? Before, Fte? After)
{
    public Fte Difference => (After ?? Fte.Zero) - (Before ?? Fte.Zero);

    public bool IsAdded => Before is null;

    public bool IsRemoved => After is null;

    public bool IsChanged => IsAdded || IsRemoved || !Difference.IsZero;

    public string State => IsAdded ? "nieuw" : IsRemoved ? "vervallen" : IsChanged ? "gewijzigd" : "gelijk";
}
