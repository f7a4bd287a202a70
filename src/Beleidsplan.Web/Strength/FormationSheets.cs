using System.Text;
using Beleidsplan.Web.Domain.Strength;
using Beleidsplan.Web.Exports;

namespace Beleidsplan.Web.Strength;

/// <summary>
/// The structured format of a formation (the import reads it back into the same formation): sheet
/// "Formatie" with one row per node and kind of figure, in pre-order; sheet "Over" with the reference
/// date, title and source; and "Wijzigingen" for a plan's planned changes. The public workbook reuses these sheets.
/// </summary>
public static class FormationSheets
{
    public const string FormationSheetName = "Formatie";
    public const string AboutSheetName = "Over";
    public const string ChangesSheetName = "Wijzigingen";

    /// <summary>The node's own FTE; its Totaal is their sum.</summary>
    public const string Own = "eigen";

    /// <summary>The node's computed totals incl. everything below it: a published total the import checks, never stores.</summary>
    public const string Total = "totaal";

    public static readonly IReadOnlyList<string> FormationHeader = ["Pad", "Soort", "Regel", "Aspirant", "Wijkagent", "Overig", "Totaal"];

    public static readonly IReadOnlyList<string> ChangesHeader =
        ["Pad", "Functie", "Schaal", "Categorie", "Fte", "Ingangsdatum", "Voorlopig", "Reden", "Besluit", "Besluitdatum"];

    /// <summary>The rows of sheet "Formatie" in pre-order: per node an <see cref="Own"/> row (when its own FTE are not zero or it is a leaf), then its <see cref="Total"/> row.</summary>
    public static IEnumerable<FormationRow> Rows(FormationTree tree)
    {
        foreach (var node in tree.Nodes)
        {
            var path = tree.PathOf(node);
            if (!node.Own.IsZero || tree.IsLeaf(node))
            {
                yield return new FormationRow(path, node.Kind, Own, node.Own);
            }

            yield return new FormationRow(path, node.Kind, Total, tree.TotalOf(node));
        }
    }

    /// <summary>Sheet "Formatie": numbers as numeric cells.</summary>
    public static XlsxWriter.Sheet Formation(FormationTree tree) => new(FormationSheetName, FormationHeader,
        Rows(tree).Select(r => (IReadOnlyList<object?>)[r.Path, r.Kind.ToCode(), r.Line, r.Fte.Aspirant, r.Fte.Wijkagent, r.Fte.Overig, r.Fte.Total]),
        [70, 18, 8, 12, 12, 12, 12]);

    /// <summary>Sheet "Over": the reference date as yyyy-MM-dd text, the title and the source.</summary>
    public static XlsxWriter.Sheet About(Formation formation) => new(AboutSheetName, ["Gegeven", "Waarde"],
        [["Peildatum", FormationQueries.Iso(formation.ReferenceDate)], ["Titel", formation.Title ?? ""], ["Bron", formation.Source]],
        [14, 80]);

    /// <summary>Sheet "Wijzigingen": a plan's planned changes in their order; an undated change takes effect "in de planperiode".</summary>
    public static XlsxWriter.Sheet Changes(IEnumerable<PlannedStrengthChange> changes) => new(ChangesSheetName, ChangesHeader,
        changes.Select(c => (IReadOnlyList<object?>)
        [
            c.NodePath, c.Function, c.PayScale, c.Category.ToCode(), c.Fte, (object?)c.EffectiveOn ?? "in de planperiode",
            c.Provisional ? "ja" : "nee", c.Reason, c.Decision, c.DecidedOn,
        ]),
        [60, 28, 8, 12, 10, 16, 10, 50, 50, 14]);

    /// <summary>The formation's workbook in the structured format: "Formatie" and "Over".</summary>
    public static byte[] Xlsx(Formation formation) => XlsxWriter.Write(Formation(new FormationTree(formation.Nodes)), About(formation));

    /// <summary>Sheet "Formatie" as CSV: `;`-separated, UTF-8 with BOM, Dutch decimal comma without thousands dots.</summary>
    public static byte[] Csv(FormationTree tree)
    {
        var text = new StringBuilder();
        text.Append(string.Join(';', FormationHeader)).Append("\r\n");
        foreach (var row in Rows(tree))
        {
            text.Append(Field(row.Path)).Append(';').Append(row.Kind.ToCode()).Append(';').Append(row.Line);
            foreach (var value in new[] { row.Fte.Aspirant, row.Fte.Wijkagent, row.Fte.Overig, row.Fte.Total })
            {
                text.Append(';').Append(value.ToString("0.00", DutchNumber.Culture));
            }

            text.Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>
    /// Quoted only when it must be (RFC 4180), so a path reads back unchanged. A path that starts like
    /// a formula gets Excel's text mark (') so a spreadsheet shows it instead of evaluating it ("CSV
    /// injection"); the import takes the mark off again (<see cref="Import.StructuredReader"/>).
    /// </summary>
    private static string Field(string value)
    {
        var text = StartsLikeFormula(value) ? "'" + value : value;
        return text.AsSpan().IndexOfAny(";\"\r\n") < 0 ? text : $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    public static bool StartsLikeFormula(string value) => value is ['=' or '+' or '-' or '@' or '\t' or '\r', ..];
}

/// <summary>One row of sheet "Formatie".</summary>
public sealed record FormationRow(string Path, NodeKind Kind, string Line, Fte Fte);
