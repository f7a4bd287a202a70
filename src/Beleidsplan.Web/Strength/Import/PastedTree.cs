using Beleidsplan.Web.Domain.Strength;

namespace Beleidsplan.Web.Strength.Import;

/// <summary>
/// Builds the tree from pasted tables: the unit, one node per group (its own FTE from its chief's
/// row) with the group's parts below it. The summary table ("Totaal") gives the unit's top parts in
/// its order; its rows are matched to the groups by name, heading or the user's koppeling.
/// </summary>
public static class PastedTree
{
    public static void Build(List<PastedTable> tables, FormationDraft draft, ImportOptions options, PastedChecks checks)
    {
        var groups = tables.SelectMany(t => t.Groups).ToList();
        var summaries = tables.Where(t => t.Groups.Count == 0).ToList();
        var summaryRows = summaries.SelectMany(t => t.Rows.Select(r => (Table: t, Row: r))).ToList();
        var unitName = summaries.Select(t => t.Total?.Name).FirstOrDefault(n => n is not null) is { } totalName
            ? PastedLines.Collapse(totalName["Totaal".Length..])
            : options.UnitName;
        var root = new DraftNode(unitName.Length > 0 ? unitName : options.UnitName, NodeKind.Unit, null);
        draft.Root = root;

        var matched = new Dictionary<PastedRow, PastedGroup>();
        foreach (var (_, row) in summaryRows)
        {
            if (Match(row, groups, matched, options, draft) is { } group)
            {
                matched[row] = group;
            }
        }

        var unmatchedGroups = groups.Where(g => !matched.ContainsValue(g)).ToList();
        var unmatchedRows = summaryRows.Where(s => !matched.ContainsKey(s.Row)).ToList();
        draft.UnmatchedGroups.AddRange(unmatchedGroups.Select(g => g.Name));
        draft.UnmatchedSummaryRows.AddRange(unmatchedRows.Select(s => s.Row.Name));
        if (unmatchedGroups.Count > 0)
        {
            foreach (var (table, row) in unmatchedRows)
            {
                draft.Error(row.Line, $"de rij '{row.Name}' van tabel '{table.Name}' hoort bij geen groep van de andere tabellen; koppel haar aan een groep (anders telt zij dubbel).");
            }
        }

        foreach (var (table, row) in summaryRows)
        {
            if (matched.TryGetValue(row, out var group))
            {
                checks.Tables(table, row, group);
                root.Add(GroupNode(group, Same(group.Name, unitName) ? row.Name : group.Name, checks));
            }
            else if (unmatchedGroups.Count == 0)
            {
                root.Add(new DraftNode(row.Name, NodeKindText.FromName(row.Name), row.Line) { Own = checks.Stored(table.Name, row) });
            }
        }

        foreach (var group in unmatchedGroups)
        {
            root.Add(GroupNode(group, group.Name, checks));
        }

        foreach (var table in tables.Where(t => t.Groups.Count > 0))
        {
            foreach (var row in table.Rows)
            {
                root.Add(new DraftNode(row.Name, NodeKindText.FromName(row.Name), row.Line) { Own = checks.Stored(table.Name, row) });
            }
        }
    }

    private static PastedGroup? Match(PastedRow row, List<PastedGroup> groups, Dictionary<PastedRow, PastedGroup> matched, ImportOptions options, FormationDraft draft)
    {
        var free = groups.Where(g => !matched.ContainsValue(g)).ToList();
        var mapping = options.Mappings.FirstOrDefault(m => Same(m.Key, row.Name) && !string.IsNullOrWhiteSpace(m.Value));
        if (mapping.Value is { } target)
        {
            var mapped = free.FirstOrDefault(g => Same(g.Name, target) || Same(g.Heading, target));
            if (mapped is null)
            {
                draft.Error(row.Line, $"de koppeling van '{row.Name}' wijst naar '{target}', maar die groep bestaat niet (of is al gekoppeld).");
            }

            return mapped;
        }

        return free.FirstOrDefault(g => Same(g.Name, row.Name)) ?? free.FirstOrDefault(g => Same(g.Heading, row.Name));
    }

    private static DraftNode GroupNode(PastedGroup group, string name, PastedChecks checks)
    {
        var node = new DraftNode(name, NodeKindText.FromName(name), group.OwnRow?.Line ?? group.Line)
        {
            Heading = group.Heading,
            Own = group.OwnRow is { } own ? checks.Stored(group.Table.Name, own) : Fte.Zero,
        };
        foreach (var part in group.Parts)
        {
            node.Add(new DraftNode(part.Name, NodeKindText.FromName(part.Name), part.Line) { Own = checks.Stored(group.Table.Name, part) });
        }

        return node;
    }

    private static bool Same(string? a, string? b) => PastedTextReader.Same(a, b);
}
