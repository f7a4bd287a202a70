using Beleidsplan.Web.Domain.Strength;

namespace Beleidsplan.Tests.Strength.Views;

public class FormationProjectionTests
{
    private static readonly DateOnly PeriodEnd = new(2027, 12, 31);

    private static List<FormationNode> Formation() =>
    [
        new() { Position = 0, Name = "Eenheid Noord-Holland", Kind = NodeKind.Unit, Overig = 1m },
        new() { Position = 1, ParentPosition = 0, Name = "District Noord-Holland-Noord", Kind = NodeKind.District, Overig = 1m },
        new() { Position = 2, ParentPosition = 1, Name = "Basisteam Den Helder", Kind = NodeKind.BasicTeam, Wijkagent = 12m, Overig = 80m },
        new() { Position = 3, ParentPosition = 0, Name = "Dienst Regionale Recherche", Kind = NodeKind.Service, Overig = 40m },
        new() { Position = 4, ParentPosition = 3, Name = "Afdeling Recherche Expertise", Kind = NodeKind.Department, Overig = 100m },
    ];

    private static PlannedStrengthChange Change(string path, FteColumn category, decimal fte, DateOnly? on = null, int position = 0) => new()
    {
        NodePath = path,
        Category = category,
        Fte = fte,
        EffectiveOn = on,
        Position = position,
        Reason = "r",
        Decision = "d",
    };

    [Fact]
    public void Changes_add_to_own_fte_and_totals_and_a_missing_part_becomes_a_new_part_under_its_parent()
    {
        var changes = new[]
        {
            Change("eenheid noord-holland >  District Noord-Holland-Noord > Basisteam Den Helder", FteColumn.Wijkagent, 2.5m, position: 0),
            Change("Eenheid Noord-Holland > Dienst Regionale Recherche > Afdeling Forensische Opsporing / VOA", FteColumn.Overig, 3m, position: 1),
        };

        var projection = FormationProjection.At(Formation(), changes, PeriodEnd, PeriodEnd);

        var tree = projection.Tree;
        tree.Count.ShouldBe(6);
        tree.Nodes.Select(n => n.Name).ShouldBe(["Eenheid Noord-Holland", "District Noord-Holland-Noord", "Basisteam Den Helder",
            "Dienst Regionale Recherche", "Afdeling Recherche Expertise", "Afdeling Forensische Opsporing / VOA"]);
        tree[2].Wijkagent.ShouldBe(14.5m);
        projection.ChangeOf(tree[2]).ShouldBe(new Fte(0m, 2.5m, 0m));
        projection.IsNew(tree[5]).ShouldBeTrue();
        tree[5].Kind.ShouldBe(NodeKind.Department);
        tree.TotalOf(tree.Root).Total.ShouldBe(1m + 1m + 92m + 40m + 100m + 2.5m + 3m);
        projection.TotalChange.ShouldBe(new Fte(0m, 2.5m, 3m));
        projection.Applied.Count.ShouldBe(2);
    }

    [Fact]
    public void A_change_whose_parent_is_missing_is_not_placeable_and_a_later_one_does_not_count_yet()
    {
        var changes = new[]
        {
            Change("Eenheid Noord-Holland > Onbekende dienst > Team X", FteColumn.Overig, 1m, on: new DateOnly(2025, 1, 1)),
            Change("Eenheid Noord-Holland > Dienst Regionale Recherche", FteColumn.Overig, 5m, on: new DateOnly(2026, 1, 1)),
            Change("Eenheid Noord-Holland > Dienst Regionale Recherche", FteColumn.Aspirant, 2m),
        };

        var projection = FormationProjection.At(Formation(), changes, new DateOnly(2025, 12, 31), PeriodEnd);

        projection.NotPlaceable.ShouldBe([changes[0]]);
        projection.NotYetEffective.ShouldBe([changes[1], changes[2]]); // undated: counts from the period's end
        projection.Tree.TotalOf(projection.Tree.Root).Total.ShouldBe(234m);
    }

    [Fact]
    public void The_formation_itself_is_not_changed()
    {
        var formation = Formation();

        FormationProjection.At(formation, [Change("Eenheid Noord-Holland", FteColumn.Overig, -1m)], PeriodEnd, PeriodEnd).Tree.Root.Overig.ShouldBe(0m);

        formation[0].Overig.ShouldBe(1m);
    }
}
