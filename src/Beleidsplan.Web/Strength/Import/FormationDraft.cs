using Beleidsplan.Web.Domain.Strength;

namespace Beleidsplan.Web.Strength.Import;

/// <summary>A part of the unit as a reader found it: its own FTE and the parts below it.</summary>
public sealed class DraftNode(string name, NodeKind kind, int? line)
{
    public string Name { get; set; } = name;
    public NodeKind Kind { get; set; } = kind;
    public int? Line { get; } = line;
    public Fte Own { get; set; }
    public List<DraftNode> Children { get; } = [];

    /// <summary>The heading the source grouped the part under (e.g. "District NHN"), checked as a district name.</summary>
    public string? Heading { get; set; }
    public int? DistrictId { get; set; }
    public int? BasicTeamId { get; set; }

    public DraftNode Add(DraftNode child)
    {
        Children.Add(child);
        return child;
    }

    public Fte Total => Children.Aggregate(Own, (sum, child) => sum + child.Total);

    public IEnumerable<DraftNode> PreOrder() => new[] { this }.Concat(Children.SelectMany(c => c.PreOrder()));
}

/// <summary>An error that stops the import: nothing is stored while there is one.</summary>
public sealed record ImportError(int? Line, string Message)
{
    public override string ToString() => Line is { } line ? $"Regel {line}: {Message}" : Message;
}

/// <summary>What a reader made of a source: the tree, the findings to keep, and the errors that stop it.</summary>
public sealed class FormationDraft
{
    public DraftNode? Root { get; set; }
    public DateOnly? ReferenceDate { get; set; }
    public string? Title { get; set; }
    public List<FormationFinding> Findings { get; } = [];
    public List<ImportError> Errors { get; } = [];

    /// <summary>Rows of the summary table that match no group (pasted text): they need a koppeling.</summary>
    public List<string> UnmatchedSummaryRows { get; } = [];

    /// <summary>Groups no summary row matched (pasted text): the choices for a koppeling.</summary>
    public List<string> UnmatchedGroups { get; } = [];

    public bool HasErrors => Errors.Count > 0;

    public void Error(int? line, string message) => Errors.Add(new ImportError(line, message));

    public void Find(FindingKind kind, string? table, int? line, string node, FteColumn? column, decimal? published, decimal? computed, string message) =>
        Findings.Add(new FormationFinding
        {
            Position = Findings.Count,
            Kind = kind,
            Table = table,
            Line = line,
            NodeName = node,
            Column = column,
            Published = published,
            Computed = computed,
            Message = message,
        });

    /// <summary>The unit's totals; zero while there is no tree.</summary>
    public Fte Total => Root?.Total ?? Fte.Zero;
}

/// <summary>How to read a source: the date when the text has none, which figure to store, and the koppelingen.</summary>
public sealed record ImportOptions
{
    /// <summary>True (default): a row whose categories do not add up stores overig = totaal − aspirant − wijkagent.</summary>
    public bool TotalLeads { get; init; } = true;

    /// <summary>Summary row name → group name, for summary rows the reader cannot match itself.</summary>
    public IReadOnlyDictionary<string, string> Mappings { get; init; } = new Dictionary<string, string>();

    /// <summary>The unit's name (<c>PoliceUnit.Name</c>): the root when the source names none.</summary>
    public string UnitName { get; init; } = "Eenheid";
}
