using Beleidsplan.Web.Domain.Strength;
using static Beleidsplan.Web.Domain.Strength.DutchNumber;

namespace Beleidsplan.Web.Strength.Import;

/// <summary>
/// The checks of every published figure in pasted tables: a row's categories against its totaal, a
/// group's subtotal against its rows, a table's total against its groups, and the summary against
/// the detail tables. Each difference is a finding the working group sees; none stops the import.
/// </summary>
public sealed class PastedChecks(FormationDraft draft, ImportOptions options)
{
    public void Table(PastedTable table)
    {
        foreach (var group in table.Groups)
        {
            foreach (var row in group.Rows)
            {
                RowTotal(table, row);
            }

            if (group.Subtotal is { } subtotal)
            {
                RowTotal(table, subtotal);
                var (categories, totaal) = group.Computed;
                Compare(FindingKind.TotalDiffers, table.Name, subtotal, (subtotal.Published, subtotal.TotaalOrSum), (categories, totaal),
                    (column, published, computed) => $"{subtotal.Name}: het subtotaal {column} is {Fte(published)}, de rijen van de groep tellen op tot {Fte(computed)}.");
            }
        }

        table.Rows.ForEach(row => RowTotal(table, row));
        if (table.Total is { } total)
        {
            RowTotal(table, total);
            var parts = table.Groups.Select(g => g.Figures).Concat(table.Rows.Select(r => (r.Published, r.TotaalOrSum))).ToList();
            var what = table.Groups.Count > 0 ? "de subtotalen" : "de rijen";
            Compare(FindingKind.TotalDiffers, table.Name, total, (total.Published, total.TotaalOrSum),
                (parts.Aggregate(Domain.Strength.Fte.Zero, (sum, p) => sum + p.Item1), parts.Sum(p => p.Item2)),
                (column, published, computed) => $"{total.Name}: {column} is {Fte(published)}, {what} tellen op tot {Fte(computed)}.");
        }
    }

    /// <summary>A summary row against the detail table's figures of the same part.</summary>
    public void Tables(PastedTable summary, PastedRow row, PastedGroup group) =>
        Compare(FindingKind.TablesDiffer, summary.Name, row, (row.Published, row.TotaalOrSum), group.Figures,
            (column, published, computed) => $"{row.Name}: {column} is {Fte(published)} in tabel '{summary.Name}' en {Fte(computed)} in tabel '{group.Table.Name}' ({group.Name}).");

    /// <summary>The own FTE to store for a row; when its categories do not add up, the option decides.</summary>
    public Fte Stored(string table, PastedRow row)
    {
        var published = row.Published;
        if (row.Totaal is not { } totaal || totaal == published.Total)
        {
            return published;
        }

        if (!options.TotalLeads)
        {
            draft.Find(FindingKind.Reading, table, row.Line, row.Name, FteColumn.Totaal, totaal, published.Total,
                $"{row.Name}: de categorieën zijn leidend; opgeslagen zijn aspirant {Fte(published.Aspirant)}, wijkagent {Fte(published.Wijkagent)} en overig {Fte(published.Overig)} (totaal {Fte(published.Total)} in plaats van {Fte(totaal)}).");
            return published;
        }

        var overig = totaal - published.Aspirant - published.Wijkagent;
        if (overig < 0)
        {
            draft.Error(row.Line, $"'{row.Name}': met het totaal leidend zou overig negatief worden ({Fte(overig)}); kies 'de categorieën zijn leidend'.");
            return published;
        }

        draft.Find(FindingKind.Reading, table, row.Line, row.Name, FteColumn.Overig, published.Overig, overig,
            $"{row.Name}: het totaal {Fte(totaal)} is leidend; opgeslagen is overig {Fte(overig)} in plaats van {Fte(published.Overig)}.");
        return published with { Overig = overig };
    }

    public void RowTotal(PastedTable table, PastedRow row) => RowTotal(table.Name, row);

    public void RowTotal(string table, PastedRow row)
    {
        if (row.Totaal is { } totaal && totaal != row.Published.Total)
        {
            var p = row.Published;
            var sum = string.Join(" + ", new[] { p.Aspirant, p.Wijkagent, p.Overig }.Where(v => v != 0m).Select(Fte).DefaultIfEmpty(Fte(0m)));
            draft.Find(FindingKind.RowTotalDiffers, table, row.Line, row.Name, FteColumn.Totaal, totaal, p.Total,
                $"{row.Name}: {sum} = {Fte(p.Total)}, maar het gepubliceerde totaal is {Fte(totaal)}.");
        }
    }

    private void Compare(FindingKind kind, string table, PastedRow row, (Fte Categories, decimal Totaal) published, (Fte Categories, decimal Totaal) computed,
        Func<string, decimal, decimal, string> message)
    {
        foreach (var column in FteColumnText.All)
        {
            var p = column == FteColumn.Totaal ? published.Totaal : published.Categories[column];
            var c = column == FteColumn.Totaal ? computed.Totaal : computed.Categories[column];
            if (p != c)
            {
                draft.Find(kind, table, row.Line, row.Name, column, p, c, message(column.ToDutch(), p, c));
            }
        }
    }
}
