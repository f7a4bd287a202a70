using System.Text.RegularExpressions;

namespace Beleidsplan.Web.Domain;

public partial class Municipality
{
    public int Id { get; set; }
    public int PoliceUnitId { get; set; }
    public required string CbsCode { get; set; }
    public required string Name { get; set; }
    public int? BasicTeamId { get; set; }
    public BasicTeam? BasicTeam { get; set; }

    /// <summary>Whether a public source names the basisteam, or it was derived from geography.</summary>
    public AssignmentSource BasicTeamSource { get; set; }

    /// <summary>Unknown (null) until entered or imported; never estimated.</summary>
    public int? Inhabitants { get; set; }
    public DateOnly? InhabitantsReferenceDate { get; set; }

    public static bool IsValidCbsCode(string code) => CbsCodePattern().IsMatch(code);

    [GeneratedRegex("^GM[0-9]{4}$")]
    private static partial Regex CbsCodePattern();
}

public enum AssignmentSource
{
    Unknown,
    Source,
    Derived,
}
