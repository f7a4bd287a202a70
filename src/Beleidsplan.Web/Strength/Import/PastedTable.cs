using Beleidsplan.Web.Domain.Strength;

namespace Beleidsplan.Web.Strength.Import;

/// <summary>A row of a pasted table: its name and its cells in the four columns (null = an empty cell).</summary>
public sealed class PastedRow(string name, int line, decimal?[] cells)
{
    public string Name { get; set; } = name;
    public int Line { get; } = line;

    /// <summary>Aspirant, wijkagent, overig, totaal; null where the source has an empty cell.</summary>
    public decimal?[] Cells { get; } = cells;

    public Fte Published => new(Cells[0] ?? 0m, Cells[1] ?? 0m, Cells[2] ?? 0m);

    public decimal? Totaal => Cells[3];

    /// <summary>The row's published totaal, or its categories' sum when the cell is empty.</summary>
    public decimal TotaalOrSum => Totaal ?? Published.Total;
}

/// <summary>A group of a pasted table: a heading, the group's own row (its chief), its parts and its subtotal row.</summary>
public sealed class PastedGroup(string? heading, int line)
{
    public string? Heading { get; } = heading;
    public int Line { get; } = line;
    public PastedRow? OwnRow { get; set; }
    public List<PastedRow> Parts { get; } = [];
    public PastedRow? Subtotal { get; set; }
    public PastedTable Table { get; set; } = null!;

    public string Name => OwnRow?.Name ?? Subtotal?.Name ?? Heading ?? "";

    public IEnumerable<PastedRow> Rows => OwnRow is null ? Parts : Parts.Prepend(OwnRow);

    /// <summary>What the group's rows add up to: categories and the sum of their published totaal cells.</summary>
    public (Fte Categories, decimal Totaal) Computed =>
        (Rows.Aggregate(Fte.Zero, (sum, r) => sum + r.Published), Rows.Sum(r => r.TotaalOrSum));

    /// <summary>The published subtotal, or the computed one when the group has no subtotal row.</summary>
    public (Fte Categories, decimal Totaal) Figures => Subtotal is { } s ? (s.Published, s.TotaalOrSum) : Computed;
}

/// <summary>One table of pasted text between its header line and its "Totaal" row.</summary>
public sealed class PastedTable(string name, int line)
{
    public string Name { get; } = name;
    public int Line { get; } = line;
    public DateOnly? Date { get; set; }
    public string? Title { get; set; }
    public List<PastedGroup> Groups { get; } = [];

    /// <summary>Rows outside any group: the rows of a summary table.</summary>
    public List<PastedRow> Rows { get; } = [];
    public PastedRow? Total { get; set; }

    /// <summary>The raw lines read as rows or headings, before the groups are formed.</summary>
    internal List<(string? Heading, string Name, List<string?> Cells, int Line)> Items { get; } = [];
}
