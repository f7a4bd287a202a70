namespace Beleidsplan.Web.Domain.Strength;

public enum NormLevel
{
    Unit,
    District,
    BasicTeam,
}

public enum NormStatus
{
    Meets,
    Shortfall,
    Unknown,
}

public static class NormText
{
    public static string ToDutch(this NormStatus status) => status switch
    {
        NormStatus.Meets => "Voldoet",
        NormStatus.Shortfall => "Tekort",
        NormStatus.Unknown => "Onbekend",
    };

    /// <summary>The word in open data.</summary>
    public static string ToCode(this NormStatus status) => status switch
    {
        NormStatus.Meets => "voldoet",
        NormStatus.Shortfall => "tekort",
        NormStatus.Unknown => "onbekend",
    };

    public static string ToDutch(this NormLevel level) => level switch
    {
        NormLevel.Unit => "Eenheid",
        NormLevel.District => "District",
        NormLevel.BasicTeam => "Basisteam",
    };
}

/// <summary>
/// The check of one area: its inhabitants (null when any municipality lacks a figure), the norm in
/// FTE, the wijkagenten the formation gives it, and whether that meets the norm.
/// </summary>
public sealed record NormRow(
    NormLevel Level, string Name, int? Inhabitants, DateOnly? InhabitantsReferenceDate, decimal? Norm,
    decimal? Wijkagenten, NormStatus Status, decimal? Shortfall, string Explanation);

public sealed record NormCheck(NormRow Unit, IReadOnlyList<NormRow> Districts, IReadOnlyList<NormRow> BasicTeams)
{
    public IEnumerable<NormRow> All => [Unit, .. Districts, .. BasicTeams];
}

/// <summary>
/// Politiewet art. 38a(1): "Er is ten minste één wijkagent werkzaam per 5 000 inwoners." Checked per
/// basisteam, district and the unit against the wijkagent total of the formation part linked to it.
/// An area with a municipality without a figure is unknown, never estimated (data/README.md).
/// </summary>
public static class WijkagentNorm
{
    public const int InhabitantsPerWijkagent = 5000;

    /// <summary>Needs the unit with its districts, their basisteams and the municipalities (with their basisteam id).</summary>
    public static NormCheck Check(PoliceUnit unit, IReadOnlyList<Municipality> municipalities, FormationTree? formation)
    {
        var districts = unit.Districts.OrderBy(d => d.Position).ToList();
        var teams = districts.SelectMany(d => d.BasicTeams.OrderBy(b => b.Position)).ToList();
        var unitRow = Row(NormLevel.Unit, unit.Name, municipalities, formation?.Root, formation is null);
        var districtRows = districts.Select(d =>
        {
            var ids = d.BasicTeams.Select(b => b.Id).ToHashSet();
            var node = formation?.Nodes.FirstOrDefault(n => n.DistrictId == d.Id);
            return Row(NormLevel.District, "District " + d.Name, municipalities.Where(m => m.BasicTeamId is { } b && ids.Contains(b)).ToList(), node, formation is null);
        }).ToList();
        var teamRows = teams.Select(t => Row(NormLevel.BasicTeam, "Basisteam " + t.Name,
            municipalities.Where(m => m.BasicTeamId == t.Id).ToList(), formation?.Nodes.FirstOrDefault(n => n.BasicTeamId == t.Id), formation is null)).ToList();
        return new NormCheck(unitRow, districtRows, teamRows);

        NormRow Row(NormLevel level, string name, IReadOnlyList<Municipality> area, FormationNode? node, bool noFormation) =>
            Evaluate(level, name, area, node is null ? null : formation!.TotalOf(node).Wijkagent, noFormation);
    }

    /// <summary>One area: its municipalities and the wijkagenten of its formation part (null: no linked part).</summary>
    public static NormRow Evaluate(NormLevel level, string name, IReadOnlyList<Municipality> area, decimal? wijkagenten, bool noFormation = false)
    {
        var missing = area.Where(m => m.Inhabitants is null).Select(m => m.Name).Order(StringComparer.Ordinal).ToList();
        int? inhabitants = area.Count == 0 || missing.Count > 0 ? null : area.Sum(m => m.Inhabitants!.Value);
        var dates = area.Select(m => m.InhabitantsReferenceDate).OfType<DateOnly>().Distinct().Order().ToList();
        DateOnly? date = inhabitants is null || dates.Count == 0 ? null : dates[^1];
        decimal? norm = inhabitants is { } i ? decimal.Round((decimal)i / InhabitantsPerWijkagent, 2, MidpointRounding.AwayFromZero) : null;
        var notes = new List<string>();
        if (area.Count == 0)
        {
            notes.Add("Er zijn geen gemeenten aan toegewezen, dus het aantal inwoners is onbekend.");
        }
        else if (missing.Count > 0)
        {
            notes.Add($"Het aantal inwoners is onbekend van {string.Join(", ", missing)}.");
        }

        if (dates.Count > 1 && inhabitants is not null)
        {
            notes.Add($"De inwonertallen hebben verschillende peildata ({string.Join(", ", dates.Select(d => d.ToString("d-M-yyyy")))}).");
        }

        if (wijkagenten is null)
        {
            notes.Add(noFormation ? "Er is geen formatie aan het plan gekoppeld." : "Geen onderdeel van de formatie is hieraan gekoppeld, dus het aantal wijkagenten is onbekend.");
        }

        if (inhabitants is not { } count || wijkagenten is not { } agents)
        {
            return new NormRow(level, name, inhabitants, date, norm, wijkagenten, NormStatus.Unknown, null, string.Join(" ", notes));
        }

        // Compared exactly (agents × 5 000 against inhabitants), so rounding the norm cannot flip the outcome.
        var meets = agents * InhabitantsPerWijkagent >= count;
        var shortfall = meets ? (decimal?)null : Math.Ceiling(((decimal)count / InhabitantsPerWijkagent - agents) * 100m) / 100m;
        notes.Insert(0, meets
            ? $"{DutchNumber.Fte(agents)} fte wijkagent voor {count.ToString("N0", DutchNumber.Culture)} inwoners; de norm vraagt ten minste {DutchNumber.Fte(norm!.Value)}."
            : $"{DutchNumber.Fte(agents)} fte wijkagent voor {count.ToString("N0", DutchNumber.Culture)} inwoners; de norm vraagt ten minste {DutchNumber.Fte(norm!.Value)}: een tekort van {DutchNumber.Fte(shortfall!.Value)} fte.");
        return new NormRow(level, name, inhabitants, date, norm, agents, meets ? NormStatus.Meets : NormStatus.Shortfall, shortfall, string.Join(" ", notes));
    }
}
