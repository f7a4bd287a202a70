using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Strength;

namespace Beleidsplan.Tests.Strength.Publication;

public class WijkagentNormTests
{
    private static (PoliceUnit Unit, List<Municipality> Municipalities) Unit(int? haarlem = 160_000, int? zandvoort = 17_000, int? purmerend = 93_000)
    {
        var haarlemTeam = new BasicTeam { Id = 1, DistrictId = 10, Name = "Haarlem" };
        var kust = new BasicTeam { Id = 2, DistrictId = 10, Name = "Kennemer Kust", Position = 1 };
        var purmerendTeam = new BasicTeam { Id = 3, DistrictId = 11, Name = "Purmerend" };
        var unit = new PoliceUnit
        {
            Slug = "test",
            Name = "Eenheid Test",
            Districts =
            [
                new District { Id = 10, Name = "Kennemerland", BasicTeams = [haarlemTeam, kust] },
                new District { Id = 11, Name = "Zaanstreek-Waterland", Position = 1, BasicTeams = [purmerendTeam] },
            ],
        };
        var date = new DateOnly(2024, 1, 1);
        List<Municipality> municipalities =
        [
            new() { CbsCode = "GM0392", Name = "Haarlem", BasicTeamId = 1, Inhabitants = haarlem, InhabitantsReferenceDate = haarlem is null ? null : date },
            new() { CbsCode = "GM0473", Name = "Zandvoort", BasicTeamId = 2, Inhabitants = zandvoort, InhabitantsReferenceDate = zandvoort is null ? null : date },
            new() { CbsCode = "GM0439", Name = "Purmerend", BasicTeamId = 3, Inhabitants = purmerend, InhabitantsReferenceDate = purmerend is null ? null : date },
        ];
        return (unit, municipalities);
    }

    /// <summary>Unit (1 wijkagent of its own) > Kennemerland (Haarlem 32 wijkagenten, Kennemer Kust 3) and Zaanstreek-Waterland (Purmerend 18,5).</summary>
    private static FormationTree Formation(bool linkKust = true) => new(
    [
        new FormationNode { Position = 0, Name = "Eenheid Test", Kind = NodeKind.Unit, Wijkagent = 1m, Overig = 5m },
        new FormationNode { Position = 1, ParentPosition = 0, Name = "District Kennemerland", Kind = NodeKind.District, DistrictId = 10, Overig = 1m },
        new FormationNode { Position = 2, ParentPosition = 1, Name = "Basisteam Haarlem", Kind = NodeKind.BasicTeam, BasicTeamId = 1, Wijkagent = 32m, Overig = 200m },
        new FormationNode { Position = 3, ParentPosition = 1, Name = "Basisteam Kennemer Kust", Kind = NodeKind.BasicTeam, BasicTeamId = linkKust ? 2 : null, Wijkagent = 3m },
        new FormationNode { Position = 4, ParentPosition = 0, Name = "District Zaanstreek-Waterland", Kind = NodeKind.District, DistrictId = 11 },
        new FormationNode { Position = 5, ParentPosition = 4, Name = "Basisteam Purmerend", Kind = NodeKind.BasicTeam, BasicTeamId = 3, Wijkagent = 18.5m },
    ]);

    [Fact]
    public void An_area_with_at_least_one_wijkagent_per_5000_inhabitants_meets_the_norm()
    {
        var (unit, municipalities) = Unit();

        var check = WijkagentNorm.Check(unit, municipalities, Formation());

        var haarlem = check.BasicTeams.Single(r => r.Name == "Basisteam Haarlem");
        haarlem.Status.ShouldBe(NormStatus.Meets);
        haarlem.Inhabitants.ShouldBe(160_000);
        haarlem.Norm.ShouldBe(32.00m);
        haarlem.Wijkagenten.ShouldBe(32m);
        haarlem.Shortfall.ShouldBeNull();
        haarlem.InhabitantsReferenceDate.ShouldBe(new DateOnly(2024, 1, 1));
        var unitRow = check.Unit;
        unitRow.Inhabitants.ShouldBe(270_000);
        unitRow.Wijkagenten.ShouldBe(54.5m); // the root's wijkagent total: everything below it
        unitRow.Status.ShouldBe(NormStatus.Meets);
    }

    [Fact]
    public void An_area_below_the_norm_has_a_shortfall_in_fte()
    {
        var (unit, municipalities) = Unit();

        var check = WijkagentNorm.Check(unit, municipalities, Formation());

        var kust = check.BasicTeams.Single(r => r.Name == "Basisteam Kennemer Kust");
        kust.Status.ShouldBe(NormStatus.Shortfall);
        kust.Norm.ShouldBe(3.40m);
        kust.Shortfall.ShouldBe(0.40m);
        kust.Explanation.ShouldContain("tekort van 0,40 fte");
        var kennemerland = check.Districts.Single(r => r.Name == "District Kennemerland");
        kennemerland.Wijkagenten.ShouldBe(35m);
        kennemerland.Norm.ShouldBe(35.40m);
        kennemerland.Status.ShouldBe(NormStatus.Shortfall);
        check.Districts.Single(r => r.Name == "District Zaanstreek-Waterland").Shortfall.ShouldBe(0.10m); // 18,50 for 93.000 inhabitants (18,60)
    }

    [Fact]
    public void One_municipality_without_a_figure_makes_its_basisteam_district_and_unit_unknown_and_is_named()
    {
        var (unit, municipalities) = Unit(zandvoort: null);

        var check = WijkagentNorm.Check(unit, municipalities, Formation());

        foreach (var row in new[] { check.BasicTeams.Single(r => r.Name == "Basisteam Kennemer Kust"), check.Districts[0], check.Unit })
        {
            row.Status.ShouldBe(NormStatus.Unknown, row.Name);
            row.Inhabitants.ShouldBeNull();
            row.Norm.ShouldBeNull();
            row.Shortfall.ShouldBeNull();
            row.Explanation.ShouldContain("onbekend van Zandvoort");
        }

        check.BasicTeams.Single(r => r.Name == "Basisteam Haarlem").Status.ShouldBe(NormStatus.Meets);
    }

    [Fact]
    public void A_basisteam_no_formation_part_is_linked_to_is_unknown_and_says_so()
    {
        var (unit, municipalities) = Unit();

        var check = WijkagentNorm.Check(unit, municipalities, Formation(linkKust: false));

        var kust = check.BasicTeams.Single(r => r.Name == "Basisteam Kennemer Kust");
        kust.Status.ShouldBe(NormStatus.Unknown);
        kust.Wijkagenten.ShouldBeNull();
        kust.Norm.ShouldBe(3.40m);
        kust.Explanation.ShouldContain("Geen onderdeel van de formatie is hieraan gekoppeld");
        WijkagentNorm.Check(unit, municipalities, null).Unit.Explanation.ShouldContain("geen formatie");
    }
}
