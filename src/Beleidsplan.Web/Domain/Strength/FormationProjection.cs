namespace Beleidsplan.Web.Domain.Strength;

/// <summary>
/// The formation as it is expected to be at a date: the plan's formation plus the planned changes in
/// effect by then. A change adds to its part's own FTE; a part not in the formation becomes a new part
/// under its parent path (marked new); a change whose parent is missing too cannot be placed and is
/// listed apart. Pure: the formation's nodes are copied, never changed.
/// </summary>
public sealed class FormationProjection
{
    private readonly Dictionary<int, Fte> changeByPosition;
    private readonly HashSet<int> newPositions;

    private FormationProjection(FormationTree tree, Dictionary<int, Fte> changes, HashSet<int> added,
        List<PlannedStrengthChange> applied, List<PlannedStrengthChange> notPlaceable, List<PlannedStrengthChange> notYet)
    {
        Tree = tree;
        changeByPosition = changes;
        newPositions = added;
        Applied = applied;
        NotPlaceable = notPlaceable;
        NotYetEffective = notYet;
    }

    /// <summary>The projected formation, in pre-order (new parts after their parent's existing parts).</summary>
    public FormationTree Tree { get; }

    /// <summary>The changes counted, in their order.</summary>
    public IReadOnlyList<PlannedStrengthChange> Applied { get; }

    /// <summary>Changes in effect whose part and parent are both missing from the formation.</summary>
    public IReadOnlyList<PlannedStrengthChange> NotPlaceable { get; }

    /// <summary>Changes that take effect after the date.</summary>
    public IReadOnlyList<PlannedStrengthChange> NotYetEffective { get; }

    /// <summary>The planned change of a node's own FTE (zero for a node no change applies to).</summary>
    public Fte ChangeOf(FormationNode node) => changeByPosition.GetValueOrDefault(node.Position, Fte.Zero);

    /// <summary>Whether the node is a part the changes add.</summary>
    public bool IsNew(FormationNode node) => newPositions.Contains(node.Position);

    /// <summary>The sum of the changes counted, per category.</summary>
    public Fte TotalChange => Applied.Aggregate(Fte.Zero, (sum, c) => sum + Fte.Of(c.Category, c.Fte));

    public static FormationProjection At(IEnumerable<FormationNode> formation, IEnumerable<PlannedStrengthChange> changes, DateOnly date, DateOnly periodEnd)
    {
        var source = new FormationTree(formation);
        var draft = source.Nodes.Select(n => new Draft(n.Name, n.Kind, n.Own, n.DistrictId, n.BasicTeamId, false)).ToList();
        var parents = source.Nodes.Select(n => n.ParentPosition).ToList();
        var byPath = source.Nodes.Select((n, i) => (Path: FormationTree.NormalisePath(source.PathOf(n)), Index: i))
            .GroupBy(p => p.Path).ToDictionary(g => g.Key, g => g.First().Index);
        var ordered = changes.OrderBy(c => c.Position).ThenBy(c => c.Id).ToList();
        var (applied, notPlaceable, notYet) = (new List<PlannedStrengthChange>(), new List<PlannedStrengthChange>(), new List<PlannedStrengthChange>());
        var delta = new Dictionary<int, Fte>();

        // Shallow paths first, so a change for a new part's child finds the new part another change made.
        foreach (var change in ordered.OrderBy(c => Segments(c.NodePath).Length))
        {
            if (!change.IsEffectiveBy(date, periodEnd))
            {
                notYet.Add(change);
                continue;
            }

            var path = FormationTree.NormalisePath(change.NodePath);
            if (!byPath.TryGetValue(path, out var index))
            {
                var segments = Segments(change.NodePath);
                var parentPath = FormationTree.NormalisePath(string.Join(FormationTree.PathSeparator, segments[..^1]));
                if (segments.Length < 2 || !byPath.TryGetValue(parentPath, out var parent))
                {
                    notPlaceable.Add(change);
                    continue;
                }

                index = draft.Count;
                draft.Add(new Draft(segments[^1], NodeKindText.FromName(segments[^1]), Fte.Zero, null, null, true));
                parents.Add(parent);
                byPath[path] = index;
            }

            var fte = Fte.Of(change.Category, change.Fte);
            draft[index] = draft[index] with { Own = draft[index].Own + fte };
            delta[index] = delta.GetValueOrDefault(index, Fte.Zero) + fte;
            applied.Add(change);
        }

        applied = ordered.Where(applied.Contains).ToList();
        notPlaceable = ordered.Where(notPlaceable.Contains).ToList();
        notYet = ordered.Where(notYet.Contains).ToList();
        return Build(draft, parents, delta, applied, notPlaceable, notYet);
    }

    /// <summary>Numbers the drafts in pre-order again: a new part comes after the existing parts of its parent.</summary>
    private static FormationProjection Build(List<Draft> draft, List<int?> parents, Dictionary<int, Fte> delta,
        List<PlannedStrengthChange> applied, List<PlannedStrengthChange> notPlaceable, List<PlannedStrengthChange> notYet)
    {
        if (draft.Count == 0)
        {
            return new FormationProjection(new FormationTree([]), [], [], [], [.. applied, .. notPlaceable], notYet);
        }

        var children = Enumerable.Range(0, draft.Count).ToLookup(i => parents[i] ?? -1);
        var nodes = new List<FormationNode>();
        var changes = new Dictionary<int, Fte>();
        var added = new HashSet<int>();
        var stack = new Stack<(int Draft, int? Parent)>();
        stack.Push((0, null));
        while (stack.Count > 0)
        {
            var (index, parent) = stack.Pop();
            var d = draft[index];
            var position = nodes.Count;
            nodes.Add(new FormationNode
            {
                Position = position,
                ParentPosition = parent,
                Name = d.Name,
                Kind = d.Kind,
                Aspirant = d.Own.Aspirant,
                Wijkagent = d.Own.Wijkagent,
                Overig = d.Own.Overig,
                DistrictId = d.DistrictId,
                BasicTeamId = d.BasicTeamId,
            });
            if (delta.TryGetValue(index, out var change))
            {
                changes[position] = change;
            }

            if (d.IsNew)
            {
                added.Add(position);
            }

            foreach (var child in children[index].Reverse())
            {
                stack.Push((child, position));
            }
        }

        return new FormationProjection(new FormationTree(nodes), changes, added, applied, notPlaceable, notYet);
    }

    private static string[] Segments(string path) => path.Split('>', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private sealed record Draft(string Name, NodeKind Kind, Fte Own, int? DistrictId, int? BasicTeamId, bool IsNew);
}
