using Beleidsplan.Web.Domain.Audit;

namespace Beleidsplan.Web.Domain.Strength;

/// <summary>
/// The formation of a police unit at a reference date (seed 002: "formatie per 1 okt. 2023"): its
/// organisation tree with the FTE of every part. A formation is imported whole and never edited in
/// place; a new import at the same date replaces it whole (ADR 0012).
/// </summary>
public class Formation : IVersioned
{
    public const int TitleMaxLength = 200;
    public const int SourceMaxLength = 500;

    public int Id { get; set; }
    public int Version { get; set; }
    public int PoliceUnitId { get; set; }
    public DateOnly ReferenceDate { get; set; }

    /// <summary>The heading it was published under, e.g. "formatie per 1 okt. 2023".</summary>
    public string? Title { get; set; }

    /// <summary>Where the figures come from: a file name, or a description of the pasted text.</summary>
    public required string Source { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public required string ImportedBy { get; set; }

    /// <summary>The key of the confirmed preview, unique per unit: confirming twice imports once.</summary>
    public Guid ImportKey { get; set; }

    /// <summary>The nodes in pre-order: the unit (position 0) first, every parent before its children.</summary>
    public List<FormationNode> Nodes { get; set; } = [];

    /// <summary>What the import found in the published figures: kept so the working group can see it.</summary>
    public List<FormationFinding> Findings { get; set; } = [];
}

/// <summary>
/// One part of the unit in a formation. Its FTE are its own positions (e.g. the district chief of
/// "District Noord-Holland-Noord ... 1,00"); the totals of a part are computed from its own FTE and
/// those of every part below it (<see cref="FormationTree"/>), never stored.
/// </summary>
public class FormationNode
{
    public const int NameMaxLength = 300;

    public int Id { get; set; }
    public int FormationId { get; set; }

    /// <summary>Pre-order position within the formation, from 0 (the unit).</summary>
    public int Position { get; set; }

    /// <summary>The position of the parent; null only for the unit itself.</summary>
    public int? ParentPosition { get; set; }
    public required string Name { get; set; }
    public NodeKind Kind { get; set; }
    public decimal Aspirant { get; set; }
    public decimal Wijkagent { get; set; }
    public decimal Overig { get; set; }

    /// <summary>The district of the unit this node is, when it is one (for the wijkagent norm).</summary>
    public int? DistrictId { get; set; }

    /// <summary>The basisteam of the unit this node is, when it is one (for the wijkagent norm).</summary>
    public int? BasicTeamId { get; set; }

    public Fte Own => new(Aspirant, Wijkagent, Overig);

    public void SetOwn(Fte fte)
    {
        Aspirant = fte.Aspirant;
        Wijkagent = fte.Wijkagent;
        Overig = fte.Overig;
    }
}

/// <summary>The kinds of parts of a unit named in seed 002.</summary>
public enum NodeKind
{
    Unit,
    Leadership,
    Staff,
    District,
    Service,
    BasicTeam,
    FlexTeam,
    DistrictDetectives,
    Department,
    Team,
}

public static class NodeKindText
{
    public static string ToDutch(this NodeKind kind) => kind switch
    {
        NodeKind.Unit => "Eenheid",
        NodeKind.Leadership => "Leiding",
        NodeKind.Staff => "Staf",
        NodeKind.District => "District",
        NodeKind.Service => "Dienst",
        NodeKind.BasicTeam => "Basisteam",
        NodeKind.FlexTeam => "Flexteam",
        NodeKind.DistrictDetectives => "Districtsrecherche",
        NodeKind.Department => "Afdeling",
        NodeKind.Team => "Team",
    };

    public static string ToCode(this NodeKind kind) => kind switch
    {
        NodeKind.Unit => "eenheid",
        NodeKind.Leadership => "leiding",
        NodeKind.Staff => "staf",
        NodeKind.District => "district",
        NodeKind.Service => "dienst",
        NodeKind.BasicTeam => "basisteam",
        NodeKind.FlexTeam => "flexteam",
        NodeKind.DistrictDetectives => "districtsrecherche",
        NodeKind.Department => "afdeling",
        NodeKind.Team => "team",
    };

    public static NodeKind? FromCode(string? code) =>
        Enum.GetValues<NodeKind>().Cast<NodeKind?>().FirstOrDefault(k => string.Equals(k!.Value.ToCode(), code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The kind a published name states (seed 002 names every part by its kind: "Basisteam Alkmaar",
    /// "Afdeling Control", "Leiding DROS"); a name that states none is a team.
    /// </summary>
    public static NodeKind FromName(string name)
    {
        var n = name.Trim();
        return n switch
        {
            _ when Starts(n, "Basisteam") => NodeKind.BasicTeam,
            _ when Starts(n, "Flexteam") => NodeKind.FlexTeam,
            _ when Starts(n, "Districtsrecherche") => NodeKind.DistrictDetectives,
            _ when Starts(n, "District") => NodeKind.District,
            _ when Starts(n, "Afdeling") || Starts(n, "Afd.") => NodeKind.Department,
            _ when Starts(n, "Leiding") || Starts(n, "Politiechef") => NodeKind.Leadership,
            _ when Starts(n, "Staf") => NodeKind.Staff,
            _ when Starts(n, "Dienst") => NodeKind.Service,
            _ => NodeKind.Team,
        };
    }

    private static bool Starts(string name, string word) =>
        name.StartsWith(word, StringComparison.OrdinalIgnoreCase)
        && (name.Length == word.Length || !char.IsLetter(name[word.Length]));
}
