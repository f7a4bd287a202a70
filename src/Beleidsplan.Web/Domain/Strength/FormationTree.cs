namespace Beleidsplan.Web.Domain.Strength;

/// <summary>
/// A formation's nodes as a tree with the totals of every part: its own FTE plus those of every part
/// below it. Built in one pass from the pre-order list, so a formation of 10,000 parts is cheap.
/// </summary>
public sealed class FormationTree
{
    private readonly FormationNode[] nodes;
    private readonly Fte[] totals;
    private readonly List<int>[] children;
    private readonly int[] depths;

    public FormationTree(IEnumerable<FormationNode> formationNodes)
    {
        nodes = formationNodes.OrderBy(n => n.Position).ToArray();
        totals = new Fte[nodes.Length];
        depths = new int[nodes.Length];
        children = new List<int>[nodes.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            children[i] = [];
            if (nodes[i].Position != i)
            {
                throw new DomainException($"De onderdelen van de formatie zijn niet doorlopend genummerd (positie {nodes[i].Position} op plaats {i}).");
            }

            if (i == 0 ? nodes[i].ParentPosition is not null : nodes[i].ParentPosition is not { } above || above < 0 || above >= i)
            {
                throw new DomainException($"Onderdeel '{nodes[i].Name}' staat niet onder een eerder onderdeel van de formatie.");
            }

            if (i > 0)
            {
                var parent = nodes[i].ParentPosition!.Value;
                children[parent].Add(i);
                depths[i] = depths[parent] + 1;
            }
        }

        // Children come after their parent in pre-order, so one backward pass adds every part into its parent.
        for (var i = nodes.Length - 1; i >= 0; i--)
        {
            totals[i] += nodes[i].Own;
            if (nodes[i].ParentPosition is { } parent)
            {
                totals[parent] += totals[i];
            }
        }
    }

    public int Count => nodes.Length;

    public FormationNode Root => nodes[0];

    public IReadOnlyList<FormationNode> Nodes => nodes;

    public FormationNode this[int position] => nodes[position];

    public Fte TotalOf(int position) => totals[position];

    public Fte TotalOf(FormationNode node) => totals[node.Position];

    public int DepthOf(FormationNode node) => depths[node.Position];

    public IEnumerable<FormationNode> ChildrenOf(FormationNode node) => children[node.Position].Select(p => nodes[p]);

    public FormationNode? ParentOf(FormationNode node) => node.ParentPosition is { } parent ? nodes[parent] : null;

    public bool IsLeaf(FormationNode node) => children[node.Position].Count == 0;

    /// <summary>The names from the unit down to the node, e.g. "Eenheid Noord-Holland &gt; District Kennemerland &gt; Basisteam Haarlem".</summary>
    public string PathOf(FormationNode node)
    {
        var names = new List<string>();
        for (FormationNode? current = node; current is not null; current = ParentOf(current))
        {
            names.Add(current.Name);
        }

        names.Reverse();
        return string.Join(PathSeparator, names);
    }

    public const string PathSeparator = " > ";

    /// <summary>The node at a path, compared the way people read names: case and surrounding spaces do not count.</summary>
    public FormationNode? Find(string path)
    {
        var wanted = NormalisePath(path);
        return nodes.FirstOrDefault(n => NormalisePath(PathOf(n)) == wanted);
    }

    public static string NormalisePath(string path) =>
        string.Join(PathSeparator, path.Split('>', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => string.Join(' ', part.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant()));
}
