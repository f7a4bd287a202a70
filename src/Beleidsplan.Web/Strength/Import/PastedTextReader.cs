using Beleidsplan.Web.Domain.Strength;

namespace Beleidsplan.Web.Strength.Import;

/// <summary>
/// Reads formation tables pasted from a PDF like seed 002 (or from a spreadsheet) into a draft:
/// columns, groups, the summary table, the tree, and the checks of every published total.
/// </summary>
public static class PastedTextReader
{
    public static FormationDraft Read(string text, ImportOptions options)
    {
        var draft = new FormationDraft();
        var tables = PastedLines.Collect(text, draft);
        if (tables.Count == 0)
        {
            draft.Error(null, "Geen tabel gevonden: een tabel begint met een kopregel met de kolommen aspirant, wijkagent, overig, totaal.");
            return draft;
        }

        var dates = tables.Where(t => t.Date is not null).Select(t => t.Date!.Value).Distinct().ToList();
        if (dates.Count > 1)
        {
            draft.Error(null, $"De tabellen hebben verschillende peildata ({string.Join(", ", dates.Select(d => d.ToString("d-M-yyyy", DutchNumber.Culture)))}); importeer één formatie tegelijk.");
        }

        draft.ReferenceDate = dates.Count == 1 ? dates[0] : null;
        draft.Title = tables.Select(t => t.Title).FirstOrDefault(t => t is not null);
        foreach (var table in tables)
        {
            Group(table, PastedLayout.Read(table, draft), draft);
        }

        if (draft.HasErrors)
        {
            return draft;
        }

        var checks = new PastedChecks(draft, options);
        tables.ForEach(checks.Table);
        PastedTree.Build(tables, draft, options, checks);
        return draft;
    }

    private static void Group(PastedTable table, List<(string? Heading, PastedRow? Row, int Line)> items, FormationDraft draft)
    {
        PastedGroup? group = null;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Heading is { } heading)
            {
                group = new PastedGroup(heading, items[i].Line) { Table = table };
                table.Groups.Add(group);
                continue;
            }

            var row = items[i].Row!;
            if (row.Name.StartsWith("Totaal", StringComparison.OrdinalIgnoreCase))
            {
                table.Total = row;
            }
            else if (group is null)
            {
                AddPart(table.Rows, row, table.Name, draft);
            }
            else if (group.OwnRow is null && group.Parts.Count == 0 && (Same(row.Name, group.Heading) || NamedLater(items, i)))
            {
                // The group's first row under its own name is its chief; the same name later is its subtotal.
                group.OwnRow = row;
            }
            else if (Same(row.Name, group.Name))
            {
                group.Subtotal = row;
                group = null;
            }
            else
            {
                AddPart(group.Parts, row, group.Name, draft);
            }
        }
    }

    private static void AddPart(List<PastedRow> parts, PastedRow row, string where, FormationDraft draft)
    {
        if (parts.FirstOrDefault(p => Same(p.Name, row.Name)) is { } earlier)
        {
            draft.Error(row.Line, $"'{row.Name}' staat twee keer in '{where}' (ook op regel {earlier.Line}).");
            return;
        }

        parts.Add(row);
    }

    private static bool NamedLater(List<(string? Heading, PastedRow? Row, int Line)> items, int index) =>
        items.Skip(index + 1).TakeWhile(item => item.Heading is null).Any(item => Same(item.Row!.Name, items[index].Row!.Name));

    public static bool Same(string? a, string? b) => a is not null && b is not null && Normalise(a) == Normalise(b);

    public static string Normalise(string name) => PastedLines.Collapse(name).ToLowerInvariant();
}
