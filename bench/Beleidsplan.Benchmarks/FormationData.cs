using Beleidsplan.Web.Domain.Strength;

namespace Beleidsplan.Benchmarks;

/// <summary>
/// A realistic formation of "Eenheid Noord-Holland" with a fixed number of nodes, built with a fixed
/// seed so every run imports the same file: unit &gt; leiding, staf, districts and diensten &gt;
/// basisteams, flexteams, districtsrecherche and afdelingen &gt; teams &gt; groups. Names are unique
/// per parent (the import matches nodes by path), FTE have two decimals as in seed 002.
/// </summary>
public static class FormationData
{
    public const string UnitName = "Eenheid Noord-Holland";

    private static readonly string[] Districts = ["District Noord-Holland-Noord", "District Zaanstreek-Waterland", "District Kennemerland"];

    private static readonly string[] Services =
        ["Dienst Regionale Recherche", "Dienst Regionale Operationele Samenwerking", "Dienst Regionale Informatieorganisatie", "Dienst Infrastructuur"];

    private static readonly string[] Places =
    [
        "Alkmaar", "Den Helder", "Hoorn", "Enkhuizen", "Schagen", "Heerhugowaard", "Zaandam", "Purmerend", "Edam-Volendam",
        "Haarlem", "Velsen", "Bloemendaal", "Heemstede", "Beverwijk", "Castricum", "Medemblik", "Wormerland", "Landsmeer",
        "Zandvoort", "Uitgeest", "Heiloo", "Bergen", "Texel", "Opmeer",
    ];

    private static readonly string[] Subjects =
        ["Control", "Personeel", "Communicatie", "Informatievoorziening", "Opsporing", "Intake", "Vakmanschap", "Planning", "Huisvesting", "Analyse", "Verkeer", "Jeugd"];

    private sealed class Part(string name, NodeKind kind)
    {
        public string Name { get; } = name;
        public NodeKind Kind { get; } = kind;
        public Fte Own { get; set; }
        public List<Part> Children { get; } = [];
    }

    /// <summary>The formation's nodes in pre-order, exactly <paramref name="count"/> of them.</summary>
    public static List<FormationNode> Nodes(int count, int seed = 6)
    {
        var random = new Random(seed);
        var unit = new Part(UnitName, NodeKind.Unit);
        var second = new List<Part>();
        unit.Children.Add(new Part("Leiding Eenheid", NodeKind.Leadership));
        var staff = Add(unit, new Part("Staf Eenheid", NodeKind.Staff));
        second.AddRange(Subjects.Take(6).Select(s => Add(staff, new Part($"Afdeling {s}", NodeKind.Department))));
        for (var d = 0; d < Districts.Length; d++)
        {
            var district = Add(unit, new Part(Districts[d], NodeKind.District));
            second.AddRange(Places.Skip(d * 8).Take(8).Select(p => Add(district, new Part($"Basisteam {p}", NodeKind.BasicTeam))));
            second.Add(Add(district, new Part($"Flexteam {Districts[d]["District ".Length..]}", NodeKind.FlexTeam)));
            second.Add(Add(district, new Part($"Districtsrecherche {Districts[d]["District ".Length..]}", NodeKind.DistrictDetectives)));
        }

        foreach (var service in Services)
        {
            var dienst = Add(unit, new Part(service, NodeKind.Service));
            second.AddRange(Subjects.Select(s => Add(dienst, new Part($"Afdeling {s}", NodeKind.Department))));
        }

        // Ten teams under every part of the second level, then the remaining nodes spread evenly as
        // groups under those teams, so the total is exactly the count asked for.
        var teams = second.SelectMany(parent => Enumerable.Range(1, 10)
            .Select(t => Add(parent, new Part(parent.Kind == NodeKind.BasicTeam ? $"Team Wijk {t}" : $"Team {t}", NodeKind.Team)))).ToList();
        var groups = count - 1 - unit.Children.Count - second.Count - teams.Count;
        if (groups < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), $"at least {count - groups} nodes");
        }

        for (var t = 0; t < teams.Count; t++)
        {
            var inThisTeam = groups / teams.Count + (t < groups % teams.Count ? 1 : 0);
            for (var g = 1; g <= inThisTeam; g++)
            {
                teams[t].Children.Add(new Part($"Groep {g}", NodeKind.Team));
            }
        }

        var nodes = new List<FormationNode>(count);
        Flatten(unit, null, nodes, random);
        return nodes;
    }

    private static Part Add(Part parent, Part child)
    {
        parent.Children.Add(child);
        return child;
    }

    private static void Flatten(Part part, int? parent, List<FormationNode> nodes, Random random)
    {
        var node = new FormationNode { Position = nodes.Count, ParentPosition = parent, Name = part.Name, Kind = part.Kind };
        node.SetOwn(OwnFte(part, random));
        nodes.Add(node);
        foreach (var child in part.Children)
        {
            Flatten(child, node.Position, nodes, random);
        }
    }

    /// <summary>Leaves hold the people; a third of the parts above them have a chief or staff of their own.</summary>
    private static Fte OwnFte(Part part, Random random)
    {
        static decimal Hundredths(Random random, int max) => random.Next(0, max + 1) / 100m;
        if (part.Children.Count == 0)
        {
            var wijkagent = part.Name.StartsWith("Groep", StringComparison.Ordinal) && random.Next(3) == 0 ? Hundredths(random, 400) : 0m;
            return new Fte(random.Next(4) == 0 ? Hundredths(random, 300) : 0m, wijkagent, Hundredths(random, 1200) + 1m);
        }

        return part.Kind == NodeKind.Unit || random.Next(3) != 0 ? Fte.Zero : new Fte(0m, 0m, Hundredths(random, 300) + 1m);
    }
}
