using Beleidsplan.Web.Domain.Strength;
using static Beleidsplan.Web.Domain.Strength.DutchNumber;

namespace Beleidsplan.Web.Strength.Import;

/// <summary>
/// Reads rows of the structured format (Pad;Soort;Regel;Aspirant;Wijkagent;Overig;Totaal), as CSV
/// or xlsx give them, into a draft: an <c>eigen</c> row is a node's own FTE, a <c>totaal</c> row a
/// published total that is checked against the tree and never stored.
/// </summary>
public static class StructuredReader
{
    public static readonly string[] Columns = ["Pad", "Soort", "Regel", "Aspirant", "Wijkagent", "Overig", "Totaal"];
    public const string Table = "Formatie";

    public static FormationDraft Read(IReadOnlyList<(int Line, string[] Cells)> rows, ImportOptions options)
    {
        var draft = new FormationDraft();
        var header = rows.Count > 0 ? rows[0].Cells.Select(c => c.Trim().TrimStart('\uFEFF')).ToArray() : [];
        if (!header.Take(Columns.Length).SequenceEqual(Columns, StringComparer.OrdinalIgnoreCase) || header.Skip(Columns.Length).Any(c => c.Length > 0))
        {
            draft.Error(rows.Count > 0 ? rows[0].Line : 1, $"de kolommen zijn '{string.Join(";", header)}'; verwacht: {string.Join(";", Columns)}.");
            return draft;
        }

        var checks = new PastedChecks(draft, options);
        var nodes = new Dictionary<string, DraftNode>();
        var seen = new Dictionary<string, int>();
        var totals = new List<(DraftNode Node, PastedRow Row)>();
        foreach (var (line, raw) in rows.Skip(1))
        {
            var cells = raw.Concat(Enumerable.Repeat("", Columns.Length)).Take(Columns.Length).Select(c => c.Trim()).ToArray();
            if (cells[0] is ['\'', .. var marked] && FormationSheets.StartsLikeFormula(marked))
            {
                cells[0] = marked; // the export's text mark on a path that starts like a formula
            }

            if (cells.All(c => c.Length == 0))
            {
                continue;
            }

            if (Row(line, cells, draft) is not { } row || Node(line, cells[0], cells[1], nodes, draft, options) is not { } node)
            {
                continue;
            }

            var key = FormationTree.NormalisePath(cells[0]) + "|" + cells[2].ToLowerInvariant();
            if (!seen.TryAdd(key, line))
            {
                draft.Error(line, $"Pad '{cells[0]}' met regel '{cells[2]}' staat twee keer in het bestand (ook op regel {seen[key]}).");
                continue;
            }

            if (cells[2].Equals("eigen", StringComparison.OrdinalIgnoreCase))
            {
                checks.RowTotal(Table, row);
                node.Own = checks.Stored(Table, row);
            }
            else
            {
                totals.Add((node, row));
            }
        }

        if (draft.Root is null && !draft.HasErrors)
        {
            draft.Error(null, "Het bestand bevat geen onderdelen.");
        }

        foreach (var (node, row) in draft.HasErrors ? [] : totals)
        {
            var computed = node.Total;
            foreach (var column in FteColumnText.All)
            {
                var published = column == FteColumn.Totaal ? row.TotaalOrSum : row.Published[column];
                if (published != computed[column])
                {
                    draft.Find(FindingKind.TotalDiffers, Table, row.Line, node.Name, column, published, computed[column],
                        $"{row.Name}: het gepubliceerde totaal {column.ToDutch()} is {Fte(published)}, de onderdelen tellen op tot {Fte(computed[column])}.");
                }
            }
        }

        return draft;
    }

    private static PastedRow? Row(int line, string[] cells, FormationDraft draft)
    {
        if (cells[0].Length == 0)
        {
            draft.Error(line, "de kolom Pad is leeg.");
            return null;
        }

        if (!cells[2].Equals("eigen", StringComparison.OrdinalIgnoreCase) && !cells[2].Equals("totaal", StringComparison.OrdinalIgnoreCase))
        {
            draft.Error(line, $"Regel moet 'eigen' of 'totaal' zijn, niet '{cells[2]}'.");
            return null;
        }

        var values = new decimal?[4];
        for (var c = 0; c < 4; c++)
        {
            var text = cells[3 + c];
            if (text.Length == 0)
            {
                continue;
            }

            if (!TryParse(text, out var value) && !TryParse(text.Replace('.', ','), out value))
            {
                draft.Error(line, $"'{text}' in kolom {Columns[3 + c]} van '{cells[0]}' is geen getal (schrijf bijvoorbeeld 1234,50).");
                return null;
            }

            if (value < 0)
            {
                draft.Error(line, $"'{cells[0]}' heeft een negatief aantal fte ({text}) in kolom {Columns[3 + c]}.");
                return null;
            }

            values[c] = value;
        }

        return new PastedRow(cells[0], line, values);
    }

    private static DraftNode? Node(int line, string path, string kindCode, Dictionary<string, DraftNode> nodes, FormationDraft draft, ImportOptions options)
    {
        var key = FormationTree.NormalisePath(path);
        if (nodes.TryGetValue(key, out var known))
        {
            return known;
        }

        var names = path.Split('>', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(PastedLines.Collapse).ToArray();
        if (NodeKindText.FromCode(kindCode) is not { } kind)
        {
            draft.Error(line, $"Soort '{kindCode}' is onbekend; kies uit {string.Join(", ", Enum.GetValues<NodeKind>().Select(k => k.ToCode()))}.");
            return null;
        }

        if (draft.Root is null)
        {
            if (names.Length != 1 || !PastedTextReader.Same(names[0], options.UnitName))
            {
                draft.Error(line, $"het eerste Pad moet de eenheid zelf zijn ('{options.UnitName}'), niet '{path}'.");
                return null;
            }

            draft.Root = nodes[key] = new DraftNode(names[0], NodeKind.Unit, line);
            return draft.Root;
        }

        if (!PastedTextReader.Same(names[0], draft.Root.Name))
        {
            draft.Error(line, $"Pad '{path}' ligt onder een andere eenheid dan '{draft.Root.Name}'.");
            return null;
        }

        if (!nodes.TryGetValue(FormationTree.NormalisePath(string.Join(FormationTree.PathSeparator, names[..^1])), out var parent))
        {
            draft.Error(line, $"het bovenliggende onderdeel van '{path}' staat niet eerder in het bestand.");
            return null;
        }

        return nodes[key] = parent.Add(new DraftNode(names[^1], kind, line));
    }
}
