using Beleidsplan.Web.Domain.Strength;

namespace Beleidsplan.Web.Strength.Import;

/// <summary>
/// Which columns a pasted table's cells are: a PDF drops whole empty columns, so a table's cell
/// count (the most common among its rows) tells which of aspirant, wijkagent, overig, totaal remain.
/// </summary>
public static class PastedLayout
{
    public static FteColumn[]? ColumnsFor(int count) => count switch
    {
        4 => FteColumnText.All,
        3 => [FteColumn.Aspirant, FteColumn.Overig, FteColumn.Totaal],
        2 => [FteColumn.Overig, FteColumn.Totaal],
        _ => null,
    };

    public static List<(string? Heading, PastedRow? Row, int Line)> Read(PastedTable table, FormationDraft draft)
    {
        var result = new List<(string? Heading, PastedRow? Row, int Line)>();
        var counts = table.Items.Where(i => i.Heading is null).Select(i => i.Cells.Count).ToList();
        if (counts.Count == 0)
        {
            return result;
        }

        var count = counts.GroupBy(c => c).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        if (ColumnsFor(count) is not { } columns)
        {
            draft.Error(table.Line, $"tabel '{table.Name}' heeft rijen met {count} getallen; verwacht zijn de kolommen aspirant, wijkagent, overig, totaal (lege kolommen mogen ontbreken, totaal niet).");
            return result;
        }

        if (count < 4)
        {
            draft.Find(FindingKind.Reading, table.Name, table.Line, table.Name, null, null, null,
                $"Tabel '{table.Name}' heeft {count} kolommen met getallen: gelezen als {string.Join(", ", columns.Select(c => c.ToDutch()))}; de ontbrekende kolommen zijn leeg.");
        }

        foreach (var (heading, name, cells, line) in table.Items)
        {
            if (heading is not null)
            {
                result.Add((heading, null, line));
                continue;
            }

            if (cells.Count < count)
            {
                draft.Error(line, $"'{name}' heeft {cells.Count} getallen, maar de tabel '{table.Name}' heeft er {count} ({string.Join(", ", columns.Select(c => c.ToDutch()))}).");
                continue;
            }

            var rowName = name;
            var extra = cells.Count - count;
            if (extra > 0)
            {
                rowName = PastedLines.Collapse(string.Join(' ', cells.Take(extra).Where(c => c is not null).Prepend(name)));
                draft.Find(FindingKind.Reading, table.Name, line, rowName, null, null, null,
                    $"De rij '{rowName}' heeft meer getallen dan de tabel kolommen heeft: de eerste hoort bij de naam.");
            }

            var values = new decimal?[4];
            var ok = true;
            for (var c = 0; c < count; c++)
            {
                ok &= Cell(cells[extra + c], rowName, line, draft, out values[(int)columns[c]]);
            }

            if (ok)
            {
                result.Add((null, new PastedRow(rowName, line, values), line));
            }
        }

        return result;
    }

    private static bool Cell(string? token, string name, int line, FormationDraft draft, out decimal? value)
    {
        value = null;
        if (token is null)
        {
            return true;
        }

        if (!DutchNumber.TryParse(token, out var number))
        {
            draft.Error(line, $"'{token}' bij '{name}' is geen getal (schrijf bijvoorbeeld 1.234,50).");
            return false;
        }

        if (number < 0)
        {
            draft.Error(line, $"'{name}' heeft een negatief aantal fte ({token}).");
            return false;
        }

        value = number;
        return true;
    }
}
