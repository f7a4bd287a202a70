using Beleidsplan.Web.Domain.Strength;
using CsCheck;

namespace Beleidsplan.Tests.Strength;

/// <summary>
/// Property-based: for random trees, every part's total equals what its own positions and those of
/// every part below it add up to, counted independently of <see cref="FormationTree"/>'s single pass.
/// </summary>
public class FormationTreeProperties
{
    /// <summary>A random formation: every part after the unit hangs under an earlier one, with own FTE in hundredths.</summary>
    private static readonly Gen<FormationNode[]> Formations =
        Gen.Int[1, 300].SelectMany(count =>
            Gen.Select(Gen.Int[0, int.MaxValue].Array[count], Gen.Int[0, 25_000].Array[count * 3], Gen.Bool.Array[count],
                (parents, hundredths, empty) => Build(count, parents, hundredths, empty)));

    [Fact]
    public void Every_total_is_the_sum_of_the_own_fte_of_the_part_and_everything_below_it()
    {
        Formations.Sample(nodes =>
        {
            var tree = new FormationTree(nodes);
            foreach (var node in nodes)
            {
                var expected = nodes.Where(other => IsWithin(nodes, other, node)).Aggregate(Fte.Zero, (sum, other) => sum + other.Own);
                tree.TotalOf(node).ShouldBe(expected);
                tree.TotalOf(node).Total.ShouldBe(expected.Aspirant + expected.Wijkagent + expected.Overig);
            }
        }, iter: 200);
    }

    [Fact]
    public void When_only_the_leaves_have_positions_every_level_adds_up_to_its_leaves()
    {
        Formations.Sample(nodes =>
        {
            var tree = new FormationTree(nodes);
            foreach (var node in nodes.Where(n => !tree.IsLeaf(n)))
            {
                node.SetOwn(Fte.Zero);
            }

            tree = new FormationTree(nodes);
            foreach (var node in nodes)
            {
                var leaves = nodes.Where(other => tree.IsLeaf(other) && IsWithin(nodes, other, node)).Aggregate(Fte.Zero, (sum, leaf) => sum + leaf.Own);
                tree.TotalOf(node).ShouldBe(leaves);
                tree.TotalOf(node).ShouldBe(tree.ChildrenOf(node).Aggregate(node.Own, (sum, child) => sum + tree.TotalOf(child)));
            }
        }, iter: 200);
    }

    [Fact]
    public void A_part_that_does_not_hang_under_an_earlier_part_is_refused()
    {
        var nodes = new[]
        {
            new FormationNode { Position = 0, Name = "Eenheid" },
            new FormationNode { Position = 1, ParentPosition = 2, Name = "District" },
            new FormationNode { Position = 2, ParentPosition = 0, Name = "Basisteam" },
        };

        Should.Throw<Beleidsplan.Web.Domain.DomainException>(() => new FormationTree(nodes)).Message.ShouldContain("District");
    }

    private static FormationNode[] Build(int count, int[] parents, int[] hundredths, bool[] empty) =>
        Enumerable.Range(0, count).Select(i => new FormationNode
        {
            Position = i,
            ParentPosition = i == 0 ? null : parents[i] % i,
            Name = $"Onderdeel {i}",
            Aspirant = empty[i] ? 0m : hundredths[3 * i] / 100m,
            Wijkagent = hundredths[(3 * i) + 1] / 100m,
            Overig = hundredths[(3 * i) + 2] / 100m,
        }).ToArray();

    /// <summary>Whether <paramref name="node"/> is <paramref name="ancestor"/> or lies below it, by walking up the parents.</summary>
    private static bool IsWithin(FormationNode[] nodes, FormationNode node, FormationNode ancestor)
    {
        for (FormationNode? current = node; current is not null; current = current.ParentPosition is { } p ? nodes[p] : null)
        {
            if (current.Position == ancestor.Position)
            {
                return true;
            }
        }

        return false;
    }
}
