using Beleidsplan.Web.Domain.Strength;
using Beleidsplan.Web.Exports;

namespace Beleidsplan.Web.Strength.Publication;

/// <summary>
/// The public workbook's sheets, as <see cref="XlsxWriter.Sheet"/> factories: the same levels as the
/// public page (the unit, then each top part), the planned changes and the norm. FTE are numeric cells.
/// </summary>
public static class StrengthSheets
{
    private static readonly string[] LevelHeader = ["Onderdeel", "Soort", "Aspirant", "Wijkagent", "Overig", "Totaal"];
    private static readonly double[] LevelWidths = [48, 16, 12, 12, 12, 12];

    public static IEnumerable<XlsxWriter.Sheet> All(PublishedStrength s) =>
        [Level(s, s.Tree.Root, "Eenheid"), .. s.TopParts.Where(p => !s.Tree.IsLeaf(p)).Select((p, i) => Level(s, p, SheetName(p.Name, i))), Changes(s), Norm(s.Norm)];

    /// <summary>A part's own positions (when it has any), each of its parts with their totals, and its total.</summary>
    public static XlsxWriter.Sheet Level(PublishedStrength s, FormationNode part, string name)
    {
        var tree = s.Tree;
        var rows = new List<IReadOnlyList<object?>>();
        if (!part.Own.IsZero)
        {
            rows.Add(Row(part.Name + " (eigen formatie)", part.Kind, part.Own));
        }

        rows.AddRange(tree.ChildrenOf(part).Select(c => Row(c.Name, c.Kind, tree.TotalOf(c))));
        rows.Add(Row("Totaal " + part.Name, part.Kind, tree.TotalOf(part)));
        return new XlsxWriter.Sheet(name, LevelHeader, rows, LevelWidths);
    }

    public static XlsxWriter.Sheet Changes(PublishedStrength s) => new(
        "Wijzigingen",
        ["Pad", "Functie", "Schaal", "Categorie", "Fte", "Ingangsdatum", "Voorlopig", "Reden", "Besluit", "Besluitdatum"],
        s.Changes.Select(c => (IReadOnlyList<object?>)
            [c.NodePath, c.Function, c.PayScale, c.Category.ToDutch(), c.Fte, (object?)c.EffectiveOn ?? "in de planperiode", c.Provisional ? "ja" : "nee", c.Reason, c.Decision, c.DecidedOn]),
        [60, 24, 8, 12, 10, 16, 10, 40, 50, 14]);

    public static XlsxWriter.Sheet Norm(NormCheck norm) => new(
        "Norm",
        ["Niveau", "Gebied", "Inwoners", "Peildatum inwoners", "Norm (fte)", "Wijkagenten (fte)", "Oordeel", "Tekort (fte)", "Toelichting"],
        norm.All.Select(r => (IReadOnlyList<object?>)
            [r.Level.ToDutch(), r.Name, (object?)r.Inhabitants ?? "onbekend", r.InhabitantsReferenceDate, (object?)r.Norm ?? "onbekend", (object?)r.Wijkagenten ?? "onbekend",
                r.Status.ToDutch(), r.Shortfall, r.Explanation]),
        [12, 32, 12, 16, 12, 16, 12, 12, 80]);

    private static IReadOnlyList<object?> Row(string name, NodeKind kind, Fte fte) => [name, kind.ToDutch(), fte.Aspirant, fte.Wijkagent, fte.Overig, fte.Total];

    /// <summary>Excel allows 31 characters and no []:*?/\ in a sheet name; the number keeps names unique.</summary>
    public static string SheetName(string name, int index)
    {
        var clean = new string(name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\')).ToArray()).Trim();
        var prefix = $"{index + 1}. ";
        return prefix + (clean.Length > 31 - prefix.Length ? clean[..(31 - prefix.Length)] : clean);
    }
}
